package se.maltavla.yearend;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import se.maltavla.actionplan.Goal;
import se.maltavla.actionplan.Indicator;
import se.maltavla.actionplan.Narrative;
import se.maltavla.activity.Activity;
import se.maltavla.fulfilment.GuidelineReport;
import se.maltavla.fulfilment.PlanYearResults;
import se.maltavla.strategy.Strategy;

/**
 * Everything a locked plan year's report, presentation and pack show, as it was when the year was
 * locked (docs/year-end.md, "The snapshot"): every figure of the results at the locked date (all
 * levels, unrounded fractions, statuses, coverage, counts, forecasts and the values used with their
 * file and line), the guideline check, the strategy with its links, the goals, indicators with every
 * value, the qualitative texts and the activities. Stored as JSON of format {@link #FORMAT}.
 *
 * @param strategy the strategy the plan year follows; null when none was found
 */
public record Snapshot(
        int format,
        String municipality,
        String municipalityName,
        int year,
        int version,
        LocalDate evaluationDate,
        OffsetDateTime lockedAt,
        String lockedBy,
        PlanYearResults results,
        GuidelineReport guidelines,
        Strategy strategy,
        List<Goal> goals,
        List<Indicator> indicators,
        List<Narrative> narratives,
        List<Activity> activities) {

    /** The snapshot's format: raised, with a reader for the old one, when a stored field changes meaning. */
    public static final int FORMAT = 1;

    /** Whether it is a draft of a year not locked (version 0), not a locked version. */
    public boolean draft() {
        return version == 0;
    }

    public Snapshot {
        goals = List.copyOf(goals);
        indicators = List.copyOf(indicators);
        narratives = List.copyOf(narratives);
        activities = List.copyOf(activities);
    }
}
