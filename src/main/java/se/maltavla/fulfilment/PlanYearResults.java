package se.maltavla.fulfilment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stored results of a municipality's plan year at an evaluation date.
 *
 * @param evaluationDate the date the figures are for: min(D, Y-12-31)
 * @param computedAt when they were computed
 * @param strategyName the name of the strategy the plan year follows
 * @param rows every figure, in the export's order: kommun, elements, nämnder, goals, indicators
 * @param contributors element id → the ids of the goals that contribute to it
 */
public record PlanYearResults(
        String municipality,
        int year,
        LocalDate evaluationDate,
        OffsetDateTime computedAt,
        Thresholds thresholds,
        String strategyName,
        List<ResultRow> rows,
        Map<Long, Set<Long>> contributors) {

    public PlanYearResults {
        rows = List.copyOf(rows);
        contributors = Map.copyOf(contributors);
    }

    /** The municipality's own row. */
    public ResultRow municipalityRow() {
        return rows.getFirst();
    }

    public List<ResultRow> rows(Level level) {
        return rows.stream().filter(r -> r.level() == level).toList();
    }
}
