package se.maltavla.yearend.content;

import java.util.List;

/**
 * A goal whose trend forecast (docs/fulfilment.md §5.1) is at risk for at least one indicator:
 * the goal and those indicators.
 */
public record GoalAtRisk(GoalLine goal, List<IndicatorLine> atRisk) {

    public GoalAtRisk {
        atRisk = List.copyOf(atRisk);
    }
}
