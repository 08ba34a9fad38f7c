package se.maltavla.dashboard.ui.overview;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.maltavla.fulfilment.GuidelineReport;
import se.maltavla.fulfilment.Level;
import se.maltavla.fulfilment.PlanYearResults;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.fulfilment.Status;
import se.maltavla.strategy.ElementType;

/**
 * What the overview shows, taken from the stored results: the cards (priority areas, or pillars
 * for a strategy without priority areas, or else the overarching goals), the distribution of
 * goal statuses, the change since the previous tertial, and what needs attention.
 */
record OverviewFigures(PlanYearResults results, PlanYearResults previous, GuidelineReport guidelines) {

    static final List<String> CARD_TYPES = Stream.of(
                    ElementType.PRIORITY_AREA, ElementType.PILLAR, ElementType.OVERARCHING_GOAL)
            .map(ElementType::code)
            .toList();

    /** One card per priority area; per pillar when the strategy has no priority areas. */
    List<ResultRow> cards() {
        List<ResultRow> elements = results.rows(Level.ELEMENT);
        for (String type : CARD_TYPES) {
            List<ResultRow> ofType =
                    elements.stream().filter(r -> type.equals(r.type())).toList();
            if (!ofType.isEmpty()) {
                return ofType;
            }
        }
        return List.of();
    }

    /** The element type the cards show; null without cards. */
    String cardType() {
        List<ResultRow> cards = cards();
        return cards.isEmpty() ? null : cards.getFirst().type();
    }

    /** How many goals have each status, every status present (0 when none). */
    Map<Status, Long> goalStatuses() {
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            counts.put(status, 0L);
        }
        results.rows(Level.MAL).forEach(goal -> counts.merge(goal.status(), 1L, Long::sum));
        return counts;
    }

    /** The change in percentage points of a row's fulfilment since the previous tertial; null when either has none. */
    BigDecimal change(ResultRow row) {
        if (previous == null || row.fulfilmentPercent() == null) {
            return null;
        }
        Map<String, ResultRow> before = previous.rows().stream()
                .filter(r -> r.level() == row.level())
                .collect(Collectors.toMap(r -> String.valueOf(r.subjectId()), Function.identity(), (a, b) -> a));
        ResultRow then = before.get(String.valueOf(row.subjectId()));
        return then == null || then.fulfilmentPercent() == null
                ? null
                : row.fulfilmentPercent().subtract(then.fulfilmentPercent());
    }

    List<ResultRow> goalsNotMet() {
        return results.rows(Level.MAL).stream()
                .filter(g -> g.status() == Status.EJ_UPPFYLLT)
                .toList();
    }

    List<ResultRow> goalsWithoutValues() {
        return results.rows(Level.MAL).stream()
                .filter(g -> g.status() == Status.SAKNAS)
                .toList();
    }

    /** Nämnder with measurable indicators of which none has a value at the evaluation date. */
    List<ResultRow> committeesNotReported() {
        return results.rows(Level.NAMND).stream()
                .filter(c -> c.indicators() > 0 && c.indicatorsWithValue() == 0)
                .toList();
    }

    List<GuidelineReport.Breach> activitiesBreakingGuidelines() {
        return guidelines == null
                ? List.of()
                : guidelines.breaches().stream()
                        .filter(b -> "aktivitet".equals(b.kind()))
                        .toList();
    }
}
