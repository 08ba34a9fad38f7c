package se.maltavla.yearend.content;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import se.maltavla.fulfilment.Level;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.fulfilment.Status;

/** The summary: figures of the municipality and its areas, the goals' statuses, what needs attention. */
final class Summaries {

    private Summaries() {}

    static ReportSummary of(SnapshotIndex index, Areas areas) {
        List<ResultRow> goals = index.rows(Level.MAL);
        Map<Status, Integer> statuses = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            statuses.put(status, 0);
        }
        goals.forEach(goal -> statuses.merge(goal.status(), 1, Integer::sum));
        List<ResultRow> areasAttention =
                areas.rows().stream().filter(Summaries::needsAttention).toList();
        List<ResultRow> committeesAttention = index.rows(Level.NAMND).stream()
                .filter(c -> c.status() == Status.EJ_UPPFYLLT || (c.indicators() > 0 && c.indicatorsWithValue() == 0))
                .toList();
        List<GoalLine> goalsAttention = goals.stream()
                .filter(Summaries::needsAttention)
                .map(index::goalLine)
                .toList();
        return new ReportSummary(
                index.snapshot.results().municipalityRow(),
                statuses,
                goals.size(),
                areas.type(),
                areas.rows(),
                areasAttention,
                committeesAttention,
                goalsAttention);
    }

    /** Not met, or measurable but without any value. */
    private static boolean needsAttention(ResultRow row) {
        return row.status() == Status.EJ_UPPFYLLT || row.status() == Status.SAKNAS;
    }
}
