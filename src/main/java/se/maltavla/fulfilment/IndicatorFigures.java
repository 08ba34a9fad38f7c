package se.maltavla.fulfilment;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An indicator's own figures beside its fulfilment.
 *
 * @param valueNumber the value used (docs/fulfilment.md §1) of a {@code tal} indicator
 * @param valueYes the value used of a {@code ja_nej} indicator
 * @param valuePeriod the period of the value used, e.g. {@code 2017-T3}; null without a value
 * @param source the file and line the value used came from; null without a value
 * @param rawProgress the raw progress {@code p} (a fraction, not clamped); null when there is none
 * @param targetDate {@code maldatum}: when the goal's final target is to be met
 * @param forecast the trend forecast (docs/fulfilment.md §5.1); null when there is none
 */
public record IndicatorFigures(
        BigDecimal valueNumber,
        Boolean valueYes,
        String valuePeriod,
        ValueSource source,
        BigDecimal rawProgress,
        BigDecimal baseline,
        BigDecimal targetNumber,
        Boolean targetYes,
        LocalDate targetDate,
        Forecast forecast) {

    /** Lineage: an import file (as named when it was imported) and a physical line in it. */
    public record ValueSource(long fileId, String fileName, long line) {}

    /**
     * The least-squares trend of the indicator's values projected to its target date.
     *
     * @param value the forecast value at the target date
     * @param slopePerDay the trend line's slope, in the indicator's unit per day
     * @param progress the forecast's raw progress; null when the indicator is not measurable
     * @param status on track ({@code pa_vag}) or at risk ({@code risk}); null when not measurable
     */
    public record Forecast(BigDecimal value, BigDecimal slopePerDay, BigDecimal progress, ForecastStatus status) {}
}
