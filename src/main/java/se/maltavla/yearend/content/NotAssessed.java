package se.maltavla.yearend.content;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import se.maltavla.fulfilment.IndicatorFigures;
import se.maltavla.fulfilment.Level;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.fulfilment.Status;
import se.maltavla.yearend.content.Unassessed.Cause;
import se.maltavla.yearend.content.Unassessed.Why;

/**
 * What could not be assessed and why: goals without a figure (each indicator's reason), indicators
 * without a value under goals that have one, and areas without a figure.
 */
final class NotAssessed {

    private NotAssessed() {}

    static List<Unassessed> of(SnapshotIndex index, Areas areas) {
        List<Unassessed> all = new ArrayList<>();
        for (ResultRow goal : index.rows(Level.MAL)) {
            GoalLine line = index.goalLine(goal);
            if (!goal.status().hasFulfilment()) {
                List<Cause> causes = line.indicators().stream()
                        .filter(i -> !i.row().status().hasFulfilment())
                        .map(i -> new Cause(i.row().code(), i.row().name(), why(i)))
                        .toList();
                all.add(new Unassessed(
                        goal,
                        line.committee(),
                        causes.isEmpty() ? List.of(new Cause(null, null, Why.NO_INDICATORS)) : causes));
            }
        }
        for (ResultRow goal : index.rows(Level.MAL)) {
            if (goal.status().hasFulfilment()) {
                for (IndicatorLine indicator : index.goalLine(goal).indicators()) {
                    if (!indicator.row().status().hasFulfilment()) {
                        all.add(new Unassessed(
                                indicator.row(),
                                indicator.committee(),
                                List.of(new Cause(null, null, why(indicator)))));
                    }
                }
            }
        }
        for (ResultRow area : areas.rows()) {
            if (!area.status().hasFulfilment()) {
                Why why = areas.goals(area).isEmpty() ? Why.NO_GOAL : Why.GOALS_WITHOUT_FIGURE;
                all.add(new Unassessed(area, null, List.of(new Cause(null, null, why))));
            }
        }
        return all;
    }

    /** Why an indicator has no fulfilment: no value, or not measurable by the rules of docs/fulfilment.md §2. */
    static Why why(IndicatorLine line) {
        if (line.row().status() == Status.SAKNAS) {
            return Why.NO_VALUE;
        }
        IndicatorFigures figures = line.figures();
        if (figures == null || line.milestone()) {
            return Why.NOT_MEASURABLE;
        }
        BigDecimal baseline = figures.baseline();
        BigDecimal target = figures.targetNumber();
        if (target == null) {
            return Why.NO_TARGET;
        }
        if ("minska".equals(line.direction())) {
            if (baseline == null) {
                return Why.DECREASE_NO_BASELINE;
            }
            return target.compareTo(baseline) > 0 ? Why.DECREASE_TARGET_ABOVE_BASELINE : Why.NOT_MEASURABLE;
        }
        if (baseline == null) {
            return target.signum() <= 0 ? Why.INCREASE_NO_BASELINE_TARGET_NOT_POSITIVE : Why.NOT_MEASURABLE;
        }
        return target.compareTo(baseline) < 0 ? Why.INCREASE_TARGET_BELOW_BASELINE : Why.NOT_MEASURABLE;
    }
}
