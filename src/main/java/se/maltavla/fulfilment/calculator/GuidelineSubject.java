package se.maltavla.fulfilment.calculator;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import se.maltavla.fulfilment.GuidelineCriterion;
import se.maltavla.fulfilment.GuidelineGroup;

/**
 * A goal or an activity to check against the guidelines (docs/fulfilment.md §5.2).
 *
 * @param kind goal or activity
 * @param id the goal's or the activity's id
 * @param groups the nämnder and elements whose shares it counts in (each once)
 * @param rows a goal: one per indicator (its plan rows); an activity: exactly one
 */
public record GuidelineSubject(Kind kind, long id, Set<GuidelineGroup> groups, List<Row> rows) {

    /** What is checked. */
    public enum Kind {
        /** An activity goal (verksamhetsmål) of a plan: all seven criteria. */
        GOAL,
        /** An international activity: owner, executor, anchored, reported; SMART does not apply. */
        ACTIVITY
    }

    public GuidelineSubject {
        Objects.requireNonNull(kind, "kind");
        groups = Set.copyOf(groups);
        rows = List.copyOf(rows);
    }

    /** A goal, with one row per indicator of its plan (none for a goal without indicators). */
    public static GuidelineSubject goal(long id, Set<GuidelineGroup> groups, List<Row> indicatorRows) {
        return new GuidelineSubject(Kind.GOAL, id, groups, indicatorRows);
    }

    /** An activity (aktiviteter file, section 6). */
    public static GuidelineSubject activity(
            long id, Set<GuidelineGroup> groups, boolean owner, boolean executor, boolean anchored, boolean reported) {
        // SMART does not apply to an activity (see applicable()): its SMART fields are never read.
        Row row = new Row(owner, executor, anchored, reported, false, false, false, false);
        return new GuidelineSubject(Kind.ACTIVITY, id, groups, List.of(row));
    }

    /** The criteria it is checked against: all for a goal, the four non-SMART ones for an activity. */
    public Set<GuidelineCriterion> applicable() {
        Set<GuidelineCriterion> criteria = EnumSet.allOf(GuidelineCriterion.class);
        if (kind == Kind.ACTIVITY) {
            criteria.removeIf(GuidelineCriterion::smart);
        }
        return criteria;
    }

    /**
     * What the check needs of one plan row (an indicator of a goal) or of an activity.
     *
     * @param owner an {@code agare} is given
     * @param executor an {@code utforare} is given
     * @param anchored {@code forankrad} is a date or a yes-word
     * @param reported {@code rapporterad} is a date or a yes-word
     * @param measurable the indicator is measurable (section 2), not {@code ej_matbar}
     * @param baseline an {@code utgangsvarde} is given
     * @param explicitTargetDate {@code maldatum} was given in the file (not the default
     *     {@code ar}-12-31)
     * @param yesNo a {@code ja_nej} indicator (a milestone needs no baseline)
     */
    public record Row(
            boolean owner,
            boolean executor,
            boolean anchored,
            boolean reported,
            boolean measurable,
            boolean baseline,
            boolean explicitTargetDate,
            boolean yesNo) {

        /** The row of an indicator of a goal: measurable, baseline and kind are read off the indicator. */
        public static Row indicator(
                IndicatorInput indicator,
                boolean owner,
                boolean executor,
                boolean anchored,
                boolean reported,
                boolean explicitTargetDate) {
            return new Row(
                    owner,
                    executor,
                    anchored,
                    reported,
                    Progress.isMeasurable(indicator),
                    indicator.baseline() != null,
                    explicitTargetDate,
                    indicator.yesNo());
        }

        /** Whether an {@code agare} or {@code utforare} text is given (not null, not blank). */
        public static boolean present(String text) {
            return text != null && !text.isBlank();
        }

        /**
         * Whether {@code forankrad} or {@code rapporterad} is met: a date, or a yes-word. A
         * no-word or an empty cell is not.
         *
         * @param done the yes/no word as stored (true for a date too), null when empty
         * @param on the date, null when not given
         */
        public static boolean confirmed(Boolean done, LocalDate on) {
            return done == null ? on != null : done;
        }
    }
}
