package se.maltavla.yearend.content;

import java.util.List;
import java.util.Map;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.fulfilment.Status;

/**
 * The report's first page: the municipality's figure, status and coverage, how many goals have
 * each status, one line per priority area (pillar), and what needs attention.
 *
 * @param goalStatuses every status with its number of goals (0 when none), in the statuses' order
 * @param areaType the element type of {@code areas} ({@code prioriterat_omrade}, {@code grundpelare}, …); null without any
 * @param areasNeedingAttention areas not met or without a value
 * @param committeesNeedingAttention nämnder not met, or with measurable indicators none of which has a value
 * @param goalsNeedingAttention goals not met or without a value
 */
public record ReportSummary(
        ResultRow municipality,
        Map<Status, Integer> goalStatuses,
        int goals,
        String areaType,
        List<ResultRow> areas,
        List<ResultRow> areasNeedingAttention,
        List<ResultRow> committeesNeedingAttention,
        List<GoalLine> goalsNeedingAttention) {

    public ReportSummary {
        goalStatuses = Map.copyOf(goalStatuses);
        areas = List.copyOf(areas);
        areasNeedingAttention = List.copyOf(areasNeedingAttention);
        committeesNeedingAttention = List.copyOf(committeesNeedingAttention);
        goalsNeedingAttention = List.copyOf(goalsNeedingAttention);
    }

    /** The number of goals with a status. */
    public int count(Status status) {
        return goalStatuses.getOrDefault(status, 0);
    }
}
