package se.maltavla.yearend.slides;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.maltavla.fulfilment.ForecastStatus;
import se.maltavla.fulfilment.Level;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.fulfilment.Status;
import se.maltavla.strategy.ElementType;
import se.maltavla.yearend.Snapshot;

/** The snapshot's figures as the slides ask for them: the areas, a goal's nämnd, the goals at risk. Nothing is queried. */
final class SnapshotFacts {

    /** The elements the slides go through, the first type the strategy has (as the overview's cards). */
    static final List<String> AREA_TYPES = Stream.of(
                    ElementType.PRIORITY_AREA, ElementType.PILLAR, ElementType.OVERARCHING_GOAL)
            .map(ElementType::code)
            .toList();

    /** Highest fulfilment first; goals without a figure last, by code. */
    static final Comparator<ResultRow> BEST_FIRST = Comparator.comparing((ResultRow r) -> r.fulfilment() == null)
            .thenComparing(r ->
                    r.fulfilment() == null ? BigDecimal.ZERO : r.fulfilment().negate())
            .thenComparing(ResultRow::code);

    private final Snapshot snapshot;
    private final Map<Long, ResultRow> goals = new LinkedHashMap<>();
    private final Map<Long, String> committeeNames = new LinkedHashMap<>();

    SnapshotFacts(Snapshot snapshot) {
        this.snapshot = snapshot;
        snapshot.results().rows(Level.MAL).forEach(g -> goals.put(g.subjectId(), g));
        snapshot.results().rows(Level.NAMND).forEach(c -> committeeNames.put(c.subjectId(), c.name()));
    }

    Snapshot snapshot() {
        return snapshot;
    }

    ResultRow municipality() {
        return snapshot.results().municipalityRow();
    }

    List<ResultRow> goals() {
        return List.copyOf(goals.values());
    }

    List<ResultRow> committees() {
        return snapshot.results().rows(Level.NAMND);
    }

    /** The priority areas (or the pillars, or the overarching goals), in the strategy's order. */
    List<ResultRow> areas() {
        List<ResultRow> elements = snapshot.results().rows(Level.ELEMENT);
        for (String type : AREA_TYPES) {
            List<ResultRow> ofType =
                    elements.stream().filter(r -> type.equals(r.type())).toList();
            if (!ofType.isEmpty()) {
                return ofType;
            }
        }
        return List.of();
    }

    /** The goals that contribute to an element, best first. */
    List<ResultRow> contributors(ResultRow element) {
        Set<Long> ids = snapshot.results().contributors().getOrDefault(element.subjectId(), Set.of());
        return ids.stream()
                .map(goals::get)
                .filter(Objects::nonNull)
                .sorted(BEST_FIRST)
                .toList();
    }

    /** The name of a goal's nämnd; empty when unknown. */
    String committee(ResultRow goal) {
        return committeeNames.getOrDefault(goal.parentId(), "");
    }

    /**
     * The goals with an indicator whose trend forecast is at risk (docs/fulfilment.md §5.1): lowest
     * fulfilment first, goals without a figure last.
     */
    List<ResultRow> goalsAtRisk() {
        Set<Long> atRisk = snapshot.results().rows(Level.INDIKATOR).stream()
                .filter(i -> i.indicator() != null
                        && i.indicator().forecast() != null
                        && i.indicator().forecast().status() == ForecastStatus.AT_RISK)
                .map(ResultRow::parentId)
                .collect(Collectors.toSet());
        return goals.values().stream()
                .filter(g -> atRisk.contains(g.subjectId()))
                .sorted(Comparator.comparing((ResultRow r) -> r.fulfilment() == null)
                        .thenComparing(r -> r.fulfilment() == null ? BigDecimal.ZERO : r.fulfilment())
                        .thenComparing(ResultRow::code))
                .toList();
    }

    List<ResultRow> goalsWith(Status status) {
        return goals.values().stream().filter(g -> g.status() == status).toList();
    }

    /** Nämnder with measurable indicators of which none has a value at the evaluation date. */
    List<ResultRow> committeesWithoutValues() {
        return committees().stream()
                .filter(c -> c.indicators() > 0 && c.indicatorsWithValue() == 0)
                .toList();
    }
}
