package se.maltavla.yearend.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.maltavla.actionplan.Indicator;
import se.maltavla.fulfilment.Level;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.strategy.StrategyElement;
import se.maltavla.yearend.Snapshot;

/** A snapshot's parts looked up by id and code, and its goals and indicators as report lines. */
final class SnapshotIndex {

    final Snapshot snapshot;
    private final Map<Long, ResultRow> elements;
    private final Map<Long, ResultRow> committees;
    private final Map<Long, ResultRow> goals;
    private final Map<Long, List<ResultRow>> indicatorsByGoal = new LinkedHashMap<>();
    private final Map<Long, Indicator> plans;
    private final Map<String, StrategyElement> elementsByCode;
    private final Map<Long, StrategyElement> elementsById;

    SnapshotIndex(Snapshot snapshot) {
        this.snapshot = snapshot;
        elements = byId(snapshot.results().rows(Level.ELEMENT));
        committees = byId(snapshot.results().rows(Level.NAMND));
        goals = byId(snapshot.results().rows(Level.MAL));
        for (ResultRow indicator : snapshot.results().rows(Level.INDIKATOR)) {
            indicatorsByGoal
                    .computeIfAbsent(indicator.parentId(), k -> new ArrayList<>())
                    .add(indicator);
        }
        plans = snapshot.indicators().stream()
                .collect(Collectors.toMap(Indicator::id, Function.identity(), (a, b) -> a));
        List<StrategyElement> all =
                snapshot.strategy() == null ? List.of() : snapshot.strategy().elements();
        elementsByCode = all.stream()
                .collect(Collectors.toMap(e -> key(e.code()), Function.identity(), (a, b) -> a, LinkedHashMap::new));
        elementsById = all.stream().collect(Collectors.toMap(StrategyElement::id, Function.identity(), (a, b) -> a));
    }

    List<ResultRow> rows(Level level) {
        return snapshot.results().rows(level);
    }

    ResultRow element(long id) {
        return elements.get(id);
    }

    ResultRow goal(long id) {
        return goals.get(id);
    }

    StrategyElement elementById(Long id) {
        return id == null ? null : elementsById.get(id);
    }

    StrategyElement elementByCode(String code) {
        return code == null ? null : elementsByCode.get(key(code));
    }

    List<StrategyElement> strategyElements() {
        return List.copyOf(elementsByCode.values());
    }

    /** The name of the nämnd of a goal (its parent) or of an indicator (its goal's parent); "" when unknown. */
    String committeeOf(ResultRow row) {
        ResultRow goal = row.level() == Level.INDIKATOR ? goals.get(row.parentId()) : row;
        ResultRow committee = goal == null || goal.parentId() == null ? null : committees.get(goal.parentId());
        return committee == null ? "" : committee.name();
    }

    GoalLine goalLine(ResultRow goal) {
        List<IndicatorLine> indicators = indicatorsByGoal.getOrDefault(goal.subjectId(), List.of()).stream()
                .map(this::indicatorLine)
                .toList();
        return new GoalLine(goal, committeeOf(goal), indicators);
    }

    IndicatorLine indicatorLine(ResultRow indicator) {
        Indicator plan = plans.get(indicator.subjectId());
        ResultRow goal = goals.get(indicator.parentId());
        return new IndicatorLine(
                indicator,
                committeeOf(indicator),
                goal == null ? "" : goal.code(),
                plan == null ? null : blankToNull(plan.unit()),
                plan == null ? null : plan.direction());
    }

    /** The goals of a committee row, in the results' order. */
    List<ResultRow> goalsOf(ResultRow committee) {
        return rows(Level.MAL).stream()
                .filter(g -> Objects.equals(g.parentId(), committee.subjectId()))
                .toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String key(String code) {
        return code.toLowerCase(Locale.ROOT);
    }

    private static Map<Long, ResultRow> byId(List<ResultRow> rows) {
        return rows.stream()
                .filter(r -> r.subjectId() != null)
                .collect(Collectors.toMap(ResultRow::subjectId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
