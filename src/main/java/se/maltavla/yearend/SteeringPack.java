package se.maltavla.yearend;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import se.maltavla.fulfilment.GuidelineCriterion;
import se.maltavla.fulfilment.Status;

/**
 * The steering group's pack (issue 11, section 5): "Förändringar sedan förra mötet", what changed
 * in a plan year between two dates (default: the previous tertial end and the latest).
 *
 * @param statusChanged goals whose status changed, from what to what
 * @param moved goals whose figure moved by more than {@link #MOVE_POINTS} percentage points (status unchanged or not)
 * @param newValues per nämnd with a plan, the values whose period ended after {@code from}, up to {@code to}
 * @param turnedToRisk goals with an indicator whose trend forecast turned to risk
 * @param newBreaches goals and activities breaking the guidelines whose rows came from a file imported after {@code from}
 */
public record SteeringPack(
        String municipality,
        String municipalityName,
        int year,
        LocalDate from,
        LocalDate to,
        List<GoalChange> statusChanged,
        List<GoalChange> moved,
        List<CommitteeValues> newValues,
        List<GoalChange> turnedToRisk,
        List<ActivityChange> started,
        List<ActivityChange> ended,
        List<Breach> newBreaches) {

    /** A figure moving more than this many percentage points is listed. */
    public static final BigDecimal MOVE_POINTS = BigDecimal.valueOf(5);

    public SteeringPack {
        statusChanged = List.copyOf(statusChanged);
        moved = List.copyOf(moved);
        newValues = List.copyOf(newValues);
        turnedToRisk = List.copyOf(turnedToRisk);
        started = List.copyOf(started);
        ended = List.copyOf(ended);
        newBreaches = List.copyOf(newBreaches);
    }

    /** The nämnder that have reported no new value between the dates. */
    public List<String> silentCommittees() {
        return newValues.stream()
                .filter(c -> c.values().isEmpty())
                .map(CommitteeValues::committee)
                .toList();
    }

    /**
     * A goal at the two dates.
     *
     * @param fromPercent the fulfilment in percent (one decimal, as shown); null without one
     */
    public record GoalChange(
            String committee,
            String code,
            String text,
            BigDecimal fromPercent,
            Status fromStatus,
            BigDecimal toPercent,
            Status toStatus) {}

    /** One nämnd's new values. */
    public record CommitteeValues(String committee, List<NewValue> values) {

        public CommitteeValues {
            values = List.copyOf(values);
        }
    }

    /** A value measured for a period that ended between the dates, with where it came from. */
    public record NewValue(
            String indicatorCode,
            String indicatorName,
            String period,
            LocalDate periodEnd,
            BigDecimal number,
            Boolean yes,
            String file,
            long line) {}

    /** An activity that started or ended between the dates. */
    public record ActivityChange(String code, String name, String committee, LocalDate date) {}

    /**
     * A goal or an activity breaking the guidelines.
     *
     * @param kind {@code mal} or {@code aktivitet}
     */
    public record Breach(String kind, String code, String name, String committee, Set<GuidelineCriterion> failed) {}
}
