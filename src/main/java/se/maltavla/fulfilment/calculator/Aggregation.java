package se.maltavla.fulfilment.calculator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;
import se.maltavla.fulfilment.Thresholds;

/** The two means of the roll-up (docs/fulfilment.md §4). */
public final class Aggregation {

    private Aggregation() {}

    /**
     * A goal: Σ w·c / Σ w over its measurable indicators that have a value; counts over its
     * measurable indicators.
     */
    public static Result goal(Collection<WeightedIndicator> indicators, Thresholds thresholds) {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        int measurable = 0;
        int withValue = 0;
        for (WeightedIndicator indicator : indicators) {
            Progress progress = indicator.result().progress();
            if (!progress.measurable()) {
                continue;
            }
            measurable++;
            if (progress.hasValue()) {
                withValue++;
                weighted = weighted.add(indicator.weight().multiply(progress.clamped()));
                weights = weights.add(indicator.weight());
            }
        }
        BigDecimal fulfilment = weights.signum() == 0 ? null : weighted.divide(weights, MathContext.DECIMAL128);
        return Result.of(fulfilment, measurable, withValue, thresholds);
    }

    /**
     * A nämnd, a strategy element or the municipality: the plain mean of the fulfilment of the
     * goals that have one (each goal once); counts are sums over all the goals given.
     */
    public static Result mean(Collection<Result> goals, Thresholds thresholds) {
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
        BigDecimal fulfilment = counted == 0 ? null : sum.divide(BigDecimal.valueOf(counted), MathContext.DECIMAL128);
        return Result.of(fulfilment, measurable, withValue, thresholds);
    }

    /** An evaluated indicator with its weight ({@code vikt}). */
    public record WeightedIndicator(BigDecimal weight, IndicatorResult result) {}
}
