package se.maltavla.fulfilment;

import java.math.BigDecimal;
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
import se.maltavla.fulfilment.calculator.Aggregation;
import se.maltavla.fulfilment.calculator.Reachability;
import se.maltavla.fulfilment.calculator.Result;
import se.maltavla.strategy.ElementType;
import se.maltavla.strategy.Strategy;
import se.maltavla.strategy.StrategyElement;

/**
 * The strategy as a matrix (Ronneby's table of priority areas and the strategies they serve):
 * rows are the priority areas, or the pillars of a strategy without them; columns are the
 * council goals, the overarching goals and the external objectives by their strategy
 * ({@code grupp}). A cell says whether the row's element links to the column's, directly or
 * through other elements' links, and the fulfilment of the goals that contribute to both
 * (docs/fulfilment.md §7.3). Computed here, in the fulfilment feature, so
 * that a view only shows it ({@link FulfilmentService#alignment}).
 */
public final class AlignmentMatrix {

    public static final List<ElementType> ROW_TYPES = List.of(ElementType.PRIORITY_AREA, ElementType.PILLAR);
    public static final List<ElementType> COLUMN_TYPES =
            List.of(ElementType.COUNCIL_GOAL, ElementType.OVERARCHING_GOAL, ElementType.EXTERNAL);

    private final PlanYearResults results;
    private final List<StrategyElement> rows;
    private final List<ColumnGroup> groups;
    private final Map<Long, Set<Long>> reach = new HashMap<>();
    private final Map<Long, ResultRow> goals;

    private AlignmentMatrix(Strategy strategy, PlanYearResults results) {
        this.results = results;
        List<StrategyElement> elements = strategy == null ? List.of() : strategy.elements();
        this.rows = ROW_TYPES.stream()
                .map(type -> ofType(elements, type))
                .filter(l -> !l.isEmpty())
                .findFirst()
                .orElse(List.of());
        this.groups = groups(elements);
        this.goals = results.rows(Level.MAL).stream()
                .collect(Collectors.toMap(ResultRow::subjectId, Function.identity(), (a, b) -> a));
        Map<String, Long> ids =
                elements.stream().collect(Collectors.toMap(StrategyElement::code, StrategyElement::id, (a, b) -> a));
        Map<Long, Set<Long>> links = new HashMap<>();
        for (StrategyElement element : elements) {
            links.put(
                    element.id(),
                    element.links().stream()
                            .map(ids::get)
                            .filter(Objects::nonNull)
                            .collect(Collectors.toSet()));
        }
        Reachability reachability = new Reachability(links);
        rows.forEach(row -> reach.put(row.id(), reachability.from(List.of(row.id()))));
    }

    /** The matrix of the strategy the results' plan year follows, among the municipality's strategies. */
    public static AlignmentMatrix of(List<Strategy> strategies, PlanYearResults results) {
        Set<Long> elementIds =
                results.rows(Level.ELEMENT).stream().map(ResultRow::subjectId).collect(Collectors.toSet());
        Optional<Strategy> strategy = strategies.stream()
                .filter(s -> s.elements().stream().anyMatch(e -> elementIds.contains(e.id())))
                .findFirst()
                .or(() -> strategies.stream()
                        .filter(s -> s.name().equals(results.strategyName()))
                        .findFirst());
        return new AlignmentMatrix(strategy.orElse(null), results);
    }

    public PlanYearResults results() {
        return results;
    }

    public List<StrategyElement> rows() {
        return rows;
    }

    /** The rows' element type (priority area or pillar); null without rows. */
    public ElementType rowType() {
        return rows.isEmpty() ? null : rows.getFirst().type();
    }

    public List<ColumnGroup> groups() {
        return groups;
    }

    public List<StrategyElement> columns() {
        return groups.stream().flatMap(g -> g.columns().stream()).toList();
    }

    /** The cell where a row meets a column. */
    public Cell cell(StrategyElement row, StrategyElement column) {
        boolean linked = reach.getOrDefault(row.id(), Set.of()).contains(column.id());
        Set<Long> both = new LinkedHashSet<>(results.contributors().getOrDefault(row.id(), Set.of()));
        both.retainAll(results.contributors().getOrDefault(column.id(), Set.of()));
        List<Result> contributing = both.stream()
                .map(goals::get)
                .filter(Objects::nonNull)
                .map(AlignmentMatrix::result)
                .toList();
        Result mean = Aggregation.mean(contributing, results.thresholds());
        return new Cell(
                linked,
                new Figures(
                        mean.fulfilment(),
                        mean.status(),
                        mean.indicators(),
                        mean.indicatorsWithValue(),
                        mean.coverage()),
                contributing.size());
    }

    private static Result result(ResultRow goal) {
        return new Result(
                goal.fulfilment(), goal.status(), goal.indicators(), goal.indicatorsWithValue(), goal.coverage());
    }

    private static List<StrategyElement> ofType(List<StrategyElement> elements, ElementType type) {
        return elements.stream().filter(e -> type == e.type()).toList();
    }

    /** Council goals, overarching goals, then the external objectives by group in the order first seen. */
    private static List<ColumnGroup> groups(List<StrategyElement> elements) {
        List<ColumnGroup> groups = new ArrayList<>();
        for (ElementType type : COLUMN_TYPES.subList(0, 2)) {
            List<StrategyElement> ofType = ofType(elements, type);
            if (!ofType.isEmpty()) {
                groups.add(new ColumnGroup(type, null, ofType));
            }
        }
        Map<String, List<StrategyElement>> external = new LinkedHashMap<>();
        for (StrategyElement element : ofType(elements, ElementType.EXTERNAL)) {
            external.computeIfAbsent(element.group() == null ? "" : element.group(), g -> new ArrayList<>())
                    .add(element);
        }
        external.forEach((group, columns) ->
                groups.add(new ColumnGroup(ElementType.EXTERNAL, group.isEmpty() ? null : group, columns)));
        return groups;
    }

    /**
     * Columns of one kind.
     *
     * @param type the columns' element type
     * @param name an external group's name (Europa 2020, …); null for the other kinds
     */
    public record ColumnGroup(ElementType type, String name, List<StrategyElement> columns) {}

    /**
     * A cell.
     *
     * @param linked whether the row's element reaches the column's by links
     * @param figures the plain mean of the goals contributing to both ({@code ej_matbar} for none)
     * @param goals how many goals contribute to both
     */
    public record Cell(boolean linked, Figures figures, int goals) {}

    /**
     * The figures of a cell, as those of an aggregate (docs/fulfilment.md §3, §4).
     *
     * @param fulfilment the unrounded fraction; null when the status is saknas or ej_matbar
     * @param coverage the unrounded percent of measurable indicators with a value; null without any
     */
    public record Figures(
            BigDecimal fulfilment, Status status, int indicators, int indicatorsWithValue, BigDecimal coverage) {}
}
