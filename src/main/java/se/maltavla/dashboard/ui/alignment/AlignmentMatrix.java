package se.maltavla.dashboard.ui.alignment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.maltavla.fulfilment.Level;
import se.maltavla.fulfilment.PlanYearResults;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.fulfilment.calculator.Aggregation;
import se.maltavla.fulfilment.calculator.Reachability;
import se.maltavla.fulfilment.calculator.Result;
import se.maltavla.strategy.Strategy;
import se.maltavla.strategy.StrategyElement;

/**
 * The strategy as a matrix (Ronneby's table of priority areas and the strategies they serve):
 * rows are the priority areas, or the pillars of a strategy without them; columns are the
 * council goals, the overarching goals and the external objectives by their strategy
 * ({@code grupp}). A cell says whether the row's element links to the column's, directly or
 * through other elements' links, and the fulfilment of the goals that contribute to both
 * (docs/fulfilment.md §7.3).
 */
final class AlignmentMatrix {

    static final List<String> ROW_TYPES = List.of("prioriterat_omrade", "grundpelare");
    static final List<String> COLUMN_TYPES = List.of("fullmaktigemal", "overgripande_mal", "extern");

    private final PlanYearResults results;
    private final List<StrategyElement> rows;
    private final List<ColumnGroup> groups;
    private final Map<Long, Set<Long>> reach = new HashMap<>();
    private final Map<Long, ResultRow> goals;

    private AlignmentMatrix(Strategy strategy, PlanYearResults results) {
        this.results = results;
        List<StrategyElement> elements = strategy == null ? List.of() : strategy.elements();
        this.rows = ROW_TYPES.stream().map(type -> ofType(elements, type)).filter(l -> !l.isEmpty()).findFirst().orElse(List.of());
        this.groups = groups(elements);
        this.goals = results.rows(Level.MAL).stream().collect(Collectors.toMap(ResultRow::subjectId, Function.identity(), (a, b) -> a));
        Map<String, Long> ids = elements.stream().collect(Collectors.toMap(StrategyElement::code, StrategyElement::id, (a, b) -> a));
        Map<Long, Set<Long>> links = new HashMap<>();
        for (StrategyElement element : elements) {
            links.put(element.id(), element.links().stream().map(ids::get).filter(Objects::nonNull).collect(Collectors.toSet()));
        }
        Reachability reachability = new Reachability(links);
        rows.forEach(row -> reach.put(row.id(), reachability.from(List.of(row.id()))));
    }

    /** The matrix of the strategy the results' plan year follows, among the municipality's strategies. */
    static AlignmentMatrix of(List<Strategy> strategies, PlanYearResults results) {
        Set<Long> elementIds = results.rows(Level.ELEMENT).stream().map(ResultRow::subjectId).collect(Collectors.toSet());
        Optional<Strategy> strategy = strategies.stream()
                .filter(s -> s.elements().stream().anyMatch(e -> elementIds.contains(e.id()))).findFirst()
                .or(() -> strategies.stream().filter(s -> s.name().equals(results.strategyName())).findFirst());
        return new AlignmentMatrix(strategy.orElse(null), results);
    }

    PlanYearResults results() {
        return results;
    }

    List<StrategyElement> rows() {
        return rows;
    }

    /** The rows' element type ({@code prioriterat_omrade} or {@code grundpelare}); null without rows. */
    String rowType() {
        return rows.isEmpty() ? null : rows.getFirst().type();
    }

    List<ColumnGroup> groups() {
        return groups;
    }

    List<StrategyElement> columns() {
        return groups.stream().flatMap(g -> g.columns().stream()).toList();
    }

    /** The cell where a row meets a column. */
    Cell cell(StrategyElement row, StrategyElement column) {
        boolean linked = reach.getOrDefault(row.id(), Set.of()).contains(column.id());
        Set<Long> both = new LinkedHashSet<>(results.contributors().getOrDefault(row.id(), Set.of()));
        both.retainAll(results.contributors().getOrDefault(column.id(), Set.of()));
        List<Result> contributing = both.stream().map(goals::get).filter(Objects::nonNull).map(AlignmentMatrix::result).toList();
        return new Cell(linked, Aggregation.mean(contributing, results.thresholds()), contributing.size());
    }

    private static Result result(ResultRow goal) {
        return new Result(goal.fulfilment(), goal.status(), goal.indicators(), goal.indicatorsWithValue(), goal.coverage());
    }

    private static List<StrategyElement> ofType(List<StrategyElement> elements, String type) {
        return elements.stream().filter(e -> type.equals(e.type())).toList();
    }

    /** Council goals, overarching goals, then the external objectives by group in the order first seen. */
    private static List<ColumnGroup> groups(List<StrategyElement> elements) {
        List<ColumnGroup> groups = new ArrayList<>();
        for (String type : COLUMN_TYPES.subList(0, 2)) {
            List<StrategyElement> ofType = ofType(elements, type);
            if (!ofType.isEmpty()) {
                groups.add(new ColumnGroup(type, null, ofType));
            }
        }
        Map<String, List<StrategyElement>> external = new LinkedHashMap<>();
        for (StrategyElement element : ofType(elements, "extern")) {
            external.computeIfAbsent(element.group() == null ? "" : element.group(), g -> new ArrayList<>()).add(element);
        }
        external.forEach((group, columns) -> groups.add(new ColumnGroup("extern", group.isEmpty() ? null : group, columns)));
        return groups;
    }

    /**
     * Columns of one kind.
     *
     * @param type the columns' element type
     * @param name an external group's name (Europa 2020, …); null for the other kinds
     */
    record ColumnGroup(String type, String name, List<StrategyElement> columns) {}

    /**
     * A cell.
     *
     * @param linked whether the row's element reaches the column's by links
     * @param figures the plain mean of the goals contributing to both ({@code ej_matbar} for none)
     * @param goals how many goals contribute to both
     */
    record Cell(boolean linked, Result figures, int goals) {}
}
