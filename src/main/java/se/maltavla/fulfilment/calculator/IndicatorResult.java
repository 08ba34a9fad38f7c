package se.maltavla.fulfilment.calculator;

import java.math.BigDecimal;
import java.time.LocalDate;
import se.maltavla.fulfilment.Thresholds;

/**
 * The figures of one indicator.
 *
 * @param result fulfilment (= c), status and counts
 * @param progress raw {@code p} and clamped {@code c}
 * @param value the value used (section 1), null when there is none
 */
public record IndicatorResult(Result result, Progress progress, ValueInput value) {

    /** Evaluates an indicator of plan year {@code planYear} at {@code evaluationDate}. */
    public static IndicatorResult evaluate(
            IndicatorInput indicator, int planYear, LocalDate evaluationDate, Thresholds thresholds) {
        ValueInput value =
                ValueSelector.select(indicator, planYear, evaluationDate).orElse(null);
        Progress progress = Progress.of(indicator, value);
        return new IndicatorResult(Result.ofIndicator(progress, thresholds), progress, value);
    }

    /** The raw progress {@code p} shown beside the indicator, null when there is none. */
    public BigDecimal rawProgress() {
        return progress.raw();
    }
}
