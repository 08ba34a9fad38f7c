package se.maltavla.yearend;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import se.maltavla.fulfilment.GuidelineCriterion;

/**
 * What is missing before a plan year is locked (issue 11, section 1), per nämnd with a plan: goals
 * without a value at the year's end, indicators that cannot be measured, goals without a
 * qualitative text, activities breaking the guidelines; and for the municipality, the files whose
 * rejected rows about the plan year still stand (docs/year-end.md, "Before locking"). It warns; it never blocks
 * locking.
 */
public record Readiness(String municipality, int year, List<Committee> committees, List<RejectedFile> rejectedFiles) {

    public Readiness {
        committees = List.copyOf(committees);
        rejectedFiles = List.copyOf(rejectedFiles);
    }

    /** Whether nothing is missing anywhere. */
    public boolean complete() {
        return committees.stream().allMatch(Committee::complete) && rejectedFiles.isEmpty();
    }

    /** How many of the committees lack something. */
    public long committeesWithGaps() {
        return committees.stream().filter(c -> !c.complete()).count();
    }

    /**
     * An imported file whose rejected rows about the plan year still stand.
     *
     * @param kind the file's kind as stored (utfall, handlingsplan, …), null if unknown
     * @param rows how many of its rejected rows still stand
     * @param firstLine the first of those rows' line numbers
     */
    public record RejectedFile(
            long fileId,
            long runId,
            String fileName,
            String kind,
            OffsetDateTime importedAt,
            long rows,
            long firstLine) {}

    /** One nämnd's gaps. */
    public record Committee(
            String name,
            List<Goal> goalsWithoutValues,
            List<Indicator> notMeasurable,
            List<Goal> goalsWithoutText,
            List<Activity> breakingGuidelines) {

        public Committee {
            goalsWithoutValues = List.copyOf(goalsWithoutValues);
            notMeasurable = List.copyOf(notMeasurable);
            goalsWithoutText = List.copyOf(goalsWithoutText);
            breakingGuidelines = List.copyOf(breakingGuidelines);
        }

        public boolean complete() {
            return goalsWithoutValues.isEmpty()
                    && notMeasurable.isEmpty()
                    && goalsWithoutText.isEmpty()
                    && breakingGuidelines.isEmpty();
        }
    }

    /**
     * A goal and how many of its measurable indicators have a value at the year's end.
     *
     * @param indicators its measurable indicators
     */
    public record Goal(long id, String code, String text, int indicators, int indicatorsWithValue) {}

    /** An indicator that cannot be measured (docs/fulfilment.md §2), with its goal. */
    public record Indicator(long id, String code, String name, String goalCode) {}

    /** An activity and the guideline criteria it fails. */
    public record Activity(long id, String code, String name, Set<GuidelineCriterion> failed) {}
}
