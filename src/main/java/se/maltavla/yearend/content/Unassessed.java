package se.maltavla.yearend.content;

import java.util.List;
import se.maltavla.fulfilment.ResultRow;

/**
 * Something the figures could not assess, and why: a goal or priority area without a figure
 * ({@code saknas} or {@code ej_matbar}), or an indicator without a value under a goal that has one.
 *
 * @param committee the nämnd of a goal or an indicator; null for an area
 * @param causes why, one per indicator (or one for the whole subject)
 */
public record Unassessed(ResultRow row, String committee, List<Cause> causes) {

    public Unassessed {
        causes = List.copyOf(causes);
    }

    /**
     * One reason.
     *
     * @param code the indicator's code; null when the reason is the subject's own
     */
    public record Cause(String code, String name, Why why) {}

    /** Why there is no figure (docs/fulfilment.md §2 and §3). */
    public enum Why {
        /** No value of a measurable indicator at the evaluation date. */
        NO_VALUE,
        /** A goal without indicators. */
        NO_INDICATORS,
        /** {@code oka} with a target below the baseline. */
        INCREASE_TARGET_BELOW_BASELINE,
        /** {@code oka} without a baseline and a target of 0 or less. */
        INCREASE_NO_BASELINE_TARGET_NOT_POSITIVE,
        /** {@code minska} with a target above the baseline. */
        DECREASE_TARGET_ABOVE_BASELINE,
        /** {@code minska} without a baseline. */
        DECREASE_NO_BASELINE,
        /** A number indicator without a number target. */
        NO_TARGET,
        /** Not measurable for a reason the plan row does not show. */
        NOT_MEASURABLE,
        /** An area that no goal contributes to. */
        NO_GOAL,
        /** An area whose contributing goals all lack a figure. */
        GOALS_WITHOUT_FIGURE
    }
}
