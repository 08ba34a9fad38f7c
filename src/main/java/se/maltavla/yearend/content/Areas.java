package se.maltavla.yearend.content;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import se.maltavla.fulfilment.Level;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.strategy.ElementType;
import se.maltavla.strategy.StrategyElement;

/**
 * The areas the report is organised by: the priority areas, or the pillars of a strategy without
 * priority areas, or else its overarching goals (as the dashboard's overview chooses its cards).
 */
final class Areas {

    private static final List<String> AREA_TYPES = Stream.of(
                    ElementType.PRIORITY_AREA, ElementType.PILLAR, ElementType.OVERARCHING_GOAL)
            .map(ElementType::code)
            .toList();
    /** The order the elements an area serves are listed in: its own strategy's goals first, external ones last. */
    private static final List<ElementType> LINK_ORDER = List.of(
            ElementType.OVERARCHING_GOAL,
            ElementType.COUNCIL_GOAL,
            ElementType.PRIORITY_AREA,
            ElementType.PILLAR,
            ElementType.PERSPECTIVE,
            ElementType.EXTERNAL);

    private final SnapshotIndex index;
    private final List<ResultRow> rows;

    Areas(SnapshotIndex index) {
        this.index = index;
        List<ResultRow> elements = index.rows(Level.ELEMENT);
        this.rows = AREA_TYPES.stream()
                .map(type ->
                        elements.stream().filter(r -> type.equals(r.type())).toList())
                .filter(list -> !list.isEmpty())
                .findFirst()
                .orElse(List.of());
    }

    List<ResultRow> rows() {
        return rows;
    }

    /** The type of the areas; null without any. */
    String type() {
        return rows.isEmpty() ? null : rows.getFirst().type();
    }

    List<AreaPart> parts(Narratives narratives) {
        return rows.stream().map(row -> part(row, narratives)).toList();
    }

    /** The goals contributing to an area (docs/fulfilment.md §4.4), by code. */
    List<ResultRow> goals(ResultRow area) {
        Set<Long> contributing = index.snapshot.results().contributors().getOrDefault(area.subjectId(), Set.of());
        return index.rows(Level.MAL).stream()
                .filter(g -> contributing.contains(g.subjectId()))
                .sorted(Comparator.comparing(ResultRow::code, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private AreaPart part(ResultRow row, Narratives narratives) {
        StrategyElement element = Objects.requireNonNullElseGet(
                index.elementById(row.subjectId()),
                () -> new StrategyElement(
                        row.subjectId(),
                        row.code(),
                        ElementType.fromCode(row.type()),
                        row.name(),
                        null,
                        null,
                        List.of()));
        return new AreaPart(
                element,
                row,
                goals(row).stream().map(index::goalLine).toList(),
                links(element),
                narratives.about(element));
    }

    /**
     * The elements an area serves: those it links to, and on through their own links (EUSBSR-VATTEN
     * leads on to EUSBSR-HAVET), each once, in the strategy's order within each kind.
     */
    private List<LinkedFigure> links(StrategyElement area) {
        Map<StrategyElement, Boolean> reached = new LinkedHashMap<>();
        Deque<StrategyElement> next = new ArrayDeque<>();
        area.links().stream().map(index::elementByCode).filter(Objects::nonNull).forEach(e -> {
            reached.put(e, true);
            next.add(e);
        });
        while (!next.isEmpty()) {
            for (String code : next.poll().links()) {
                StrategyElement further = index.elementByCode(code);
                if (further != null && further.id() != area.id() && !reached.containsKey(further)) {
                    reached.put(further, false);
                    next.add(further);
                }
            }
        }
        List<StrategyElement> order = index.strategyElements();
        return reached.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<StrategyElement, Boolean> e) ->
                                LINK_ORDER.indexOf(e.getKey().type()))
                        .thenComparing(e -> Objects.toString(e.getKey().group(), ""))
                        .thenComparing(e -> order.indexOf(e.getKey())))
                .map(e -> new LinkedFigure(e.getKey(), index.element(e.getKey().id()), e.getValue()))
                .toList();
    }
}
