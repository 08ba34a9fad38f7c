package se.maltavla.dashboard.ui.area;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.maltavla.actionplan.Narrative;
import se.maltavla.fulfilment.Level;
import se.maltavla.fulfilment.PlanYearResults;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.strategy.Strategy;
import se.maltavla.strategy.StrategyElement;

/**
 * What the view of one strategy element shows: its figure, the goals that contribute to it
 * (docs/fulfilment.md §4.4: through links, any number of steps), the elements it links to and those
 * linking to it, each with its own figure, and the qualitative texts about it.
 */
record AreaFigures(
        StrategyElement element,
        ResultRow row,
        List<ResultRow> goals,
        Map<Long, ResultRow> committees,
        List<Linked> linksTo,
        List<Linked> linkedFrom,
        List<Narrative> texts) {

    /** A linked element with its figure (null when the plan year's results do not cover it). */
    record Linked(StrategyElement element, ResultRow row) {}

    /** The element with this id among the municipality's strategies, with the plan year's figures; empty when it is not there. */
    static Optional<AreaFigures> of(
            long elementId, List<Strategy> strategies, PlanYearResults results, List<Narrative> narratives) {
        Map<Long, ResultRow> elementRows = byId(results.rows(Level.ELEMENT));
        ResultRow row = elementRows.get(elementId);
        if (row == null) {
            return Optional.empty();
        }
        Strategy strategy = strategies.stream()
                .filter(s -> s.elements().stream().anyMatch(e -> e.id() == elementId))
                .findFirst()
                .orElse(null);
        if (strategy == null) {
            return Optional.empty();
        }
        Map<String, StrategyElement> byCode = strategy.elements().stream()
                .collect(Collectors.toMap(e -> e.code().toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a));
        StrategyElement element = strategy.elements().stream()
                .filter(e -> e.id() == elementId)
                .findFirst()
                .orElseThrow();

        Set<Long> contributing = results.contributors().getOrDefault(elementId, Set.of());
        List<ResultRow> goals = results.rows(Level.MAL).stream()
                .filter(g -> contributing.contains(g.subjectId()))
                .sorted(Comparator.comparing(ResultRow::code, String.CASE_INSENSITIVE_ORDER))
                .toList();
        List<Linked> linksTo = element.links().stream()
                .map(code -> byCode.get(code.toLowerCase(Locale.ROOT)))
                .filter(e -> e != null)
                .map(e -> new Linked(e, elementRows.get(e.id())))
                .toList();
        List<Linked> linkedFrom = strategy.elements().stream()
                .filter(e -> e.links().stream().anyMatch(code -> code.equalsIgnoreCase(element.code())))
                .map(e -> new Linked(e, elementRows.get(e.id())))
                .toList();
        List<Narrative> texts = narratives.stream()
                .filter(n -> Long.valueOf(elementId).equals(n.elementId()))
                .toList();
        return Optional.of(
                new AreaFigures(element, row, goals, byId(results.rows(Level.NAMND)), linksTo, linkedFrom, texts));
    }

    /** The name of a goal's nämnd. */
    String committee(ResultRow goal) {
        ResultRow committee = goal.parentId() == null ? null : committees.get(goal.parentId());
        return committee == null ? "" : committee.name();
    }

    private static Map<Long, ResultRow> byId(List<ResultRow> rows) {
        return rows.stream().collect(Collectors.toMap(ResultRow::subjectId, Function.identity(), (a, b) -> a));
    }
}
