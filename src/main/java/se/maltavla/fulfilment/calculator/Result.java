package se.maltavla.fulfilment.calculator;

import java.math.BigDecimal;
import java.util.Objects;
import se.maltavla.fulfilment.Percents;
import se.maltavla.fulfilment.Status;
import se.maltavla.fulfilment.Thresholds;

/**
 * The figures of an indicator or an aggregate (docs/fulfilment.md §3 and §4).
 *
 * @param fulfilment a fraction (0..1), unrounded; null when the status is {@code saknas} or
 *     {@code ej_matbar}
 * @param status the status
 * @param indicators measurable indicators below it ({@code indikatorer})
 * @param indicatorsWithValue those of them with a value ({@code indikatorer_med_varde})
 * @param coverage {@code tackning_procent}: 100 · with value / measurable, unrounded percent;
 *     null when there is no measurable indicator
 */
public record Result(
        BigDecimal fulfilment, Status status, int indicators, int indicatorsWithValue, BigDecimal coverage) {

    public Result {
        Objects.requireNonNull(status, "status");
    }

    /**
     * The result for given counts and fulfilment: {@code ej_matbar} without a measurable
     * indicator, {@code saknas} without a value, else by the thresholds.
     *
     * @param fulfilment the fraction, or null when nothing below has one
     */
    public static Result of(BigDecimal fulfilment, int indicators, int indicatorsWithValue, Thresholds thresholds) {
        BigDecimal coverage = Percents.ofCount(indicatorsWithValue, indicators);
        Status status;
        if (indicators == 0) {
            status = Status.EJ_MATBAR;
        } else if (indicatorsWithValue == 0 || fulfilment == null) {
            status = Status.SAKNAS;
        } else {
            status = thresholds.classify(fulfilment);
        }
        return new Result(
                status.hasFulfilment() ? fulfilment : null, status, indicators, indicatorsWithValue, coverage);
    }

    /** The figures of one indicator: fulfilment = c; counts 1/1, 1/0, or 0/0 when not measurable. */
    public static Result ofIndicator(Progress progress, Thresholds thresholds) {
        int measurable = progress.measurable() ? 1 : 0;
        int withValue = progress.hasValue() ? 1 : 0;
        return of(progress.clamped(), measurable, withValue, thresholds);
    }
}
