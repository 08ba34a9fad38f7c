package se.maltavla.fulfilment.calculator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;

/** Status, means and coverage of fulfilment.md §3–4, exact (DECIMAL128) and unrounded. */
final class Aggregation {

    private static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private Aggregation() {}

    static Status status(BigDecimal fulfilment, Thresholds thresholds) {
        BigDecimal percent = fulfilment.multiply(HUNDRED);
        if (percent.compareTo(thresholds.upper()) >= 0) {
            return Status.UPPFYLLT;
        }
        return percent.compareTo(thresholds.lower()) >= 0 ? Status.DELVIS : Status.EJ_UPPFYLLT;
    }

    /** An aggregate's result from its fulfilment (or null) and counts. */
    static Result result(BigDecimal fulfilment, int measurable, int withValue, Thresholds thresholds) {
        BigDecimal coverage = measurable == 0 ? null
                : HUNDRED.multiply(BigDecimal.valueOf(withValue)).divide(BigDecimal.valueOf(measurable), MC);
        Status status = measurable == 0 ? Status.EJ_MATBAR
                : fulfilment == null ? Status.SAKNAS
                : status(fulfilment, thresholds);
        return new Result(fulfilment, status, measurable, withValue, coverage);
    }

    /** The plain mean of the goals' fulfilment (those that have one), counts summed: nämnd, element, municipality. */
    static Result meanOfGoals(Collection<Result> goals, Thresholds thresholds) {
        BigDecimal sum = BigDecimal.ZERO;
        int counted = 0;
        int measurable = 0;
        int withValue = 0;
        for (Result goal : goals) {
            measurable += goal.indicators();
            withValue += goal.indicatorsWithValue();
            if (goal.fulfilment() != null) {
                sum = sum.add(goal.fulfilment());
                counted++;
            }
        }
        BigDecimal mean = counted == 0 ? null : sum.divide(BigDecimal.valueOf(counted), MC);
        return result(mean, measurable, withValue, thresholds);
    }
}
