package se.maltavla.fulfilment.calculator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.maltavla.fulfilment.ForecastStatus;
import se.maltavla.fulfilment.Thresholds;
import se.maltavla.shared.Period;

/**
 * The trend forecast of a {@code tal} indicator (docs/fulfilment.md §5.1): the least-squares line
 * through its history, one point per period end date, projected to its {@code maldatum}.
 *
 * @param targetDate the date projected to ({@code maldatum})
 * @param value the forecast value at {@code targetDate}, unrounded (DECIMAL128)
 * @param slopePerDay the line's slope, in the indicator's unit per day (for the chart)
 * @param points how many points the line was fitted through (distinct period end dates, ≥ 2)
 * @param rawProgress the section 2 progress at {@code value}; null when the indicator is not
 *     measurable
 * @param clampedProgress min(1, max(0, raw)); null when {@code rawProgress} is
 * @param status {@link ForecastStatus#ON_TRACK} when the clamped progress reaches the upper
 *     threshold, else {@link ForecastStatus#AT_RISK}; null when the indicator is not measurable
 */
public record TrendForecast(
        LocalDate targetDate,
        BigDecimal value,
        BigDecimal slopePerDay,
        int points,
        BigDecimal rawProgress,
        BigDecimal clampedProgress,
        ForecastStatus status) {

    public TrendForecast {
        Objects.requireNonNull(targetDate, "targetDate");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(slopePerDay, "slopePerDay");
    }

    /**
     * The forecast of an indicator at the evaluation date {@code D} of plan year {@code Y}.
     *
     * @param indicator the indicator; its {@code values} are its history, which the caller
     *     chooses (any years); only values carrying a number and ending on or before
     *     min({@code D}, {@code Y}-12-31) are used: a forecast cannot use the future
     * @param targetDate its {@code maldatum}
     * @return empty for a {@code ja_nej} indicator and for fewer than two distinct end dates
     */
    public static Optional<TrendForecast> of(
            IndicatorInput indicator,
            LocalDate targetDate,
            int planYear,
            LocalDate evaluationDate,
            Thresholds thresholds) {
        Objects.requireNonNull(targetDate, "targetDate");
        if (indicator.yesNo()) {
            return Optional.empty();
        }
        List<ValueInput> points = ValueSelector.onePerEndDate(
                indicator.values().stream()
                        .filter(v -> v.carriesValueFor(false))
                        .toList(),
                ValueSelector.lastEnd(planYear, evaluationDate));
        if (points.size() < 2) {
            return Optional.empty();
        }
        Line line = Line.through(points);
        BigDecimal value = line.at(targetDate);
        // A not measurable indicator still has a trend worth drawing, but no progress to judge it by.
        Progress progress =
                Progress.of(indicator, new ValueInput(null, targetDate, Period.Kind.YEAR.rank(), value, null));
        ForecastStatus status = progress.hasValue()
                ? thresholds.reachesUpper(progress.clamped()) ? ForecastStatus.ON_TRACK : ForecastStatus.AT_RISK
                : null;
        return Optional.of(new TrendForecast(
                targetDate, value, line.slope(), points.size(), progress.raw(), progress.clamped(), status));
    }

    /**
     * The least-squares line y = a + b·x through (x = end date as epoch day, y = value), kept as
     * exact sums: with n points, Sx = Σx, Sy = Σy, and the integers-times-decimals
     * N = n·Σxy − Sx·Sy and M = n·Σx² − Sx² (M > 0 for two distinct dates), the slope is N / M and
     * the value at x is ȳ + (N / M)·(x − x̄) = (Sy·M + N·(n·x − Sx)) / (n·M). Both are one division
     * of exact numbers, so carried to DECIMAL128 they are the correctly rounded exact answer.
     */
    private record Line(BigDecimal n, BigDecimal sumX, BigDecimal sumY, BigDecimal numerator, BigDecimal denominator) {

        static Line through(List<ValueInput> points) {
            BigDecimal n = BigDecimal.valueOf(points.size());
            BigDecimal sumX = BigDecimal.ZERO;
            BigDecimal sumY = BigDecimal.ZERO;
            BigDecimal sumXY = BigDecimal.ZERO;
            BigDecimal sumXX = BigDecimal.ZERO;
            for (ValueInput point : points) {
                BigDecimal x = x(point.periodEnd());
                BigDecimal y = point.number();
                sumX = sumX.add(x);
                sumY = sumY.add(y);
                sumXY = sumXY.add(x.multiply(y));
                sumXX = sumXX.add(x.multiply(x));
            }
            BigDecimal numerator = n.multiply(sumXY).subtract(sumX.multiply(sumY));
            BigDecimal denominator = n.multiply(sumXX).subtract(sumX.multiply(sumX));
            return new Line(n, sumX, sumY, numerator, denominator);
        }

        BigDecimal slope() {
            return numerator.divide(denominator, MathContext.DECIMAL128);
        }

        BigDecimal at(LocalDate date) {
            BigDecimal offset = n.multiply(x(date)).subtract(sumX);
            return sumY.multiply(denominator)
                    .add(numerator.multiply(offset))
                    .divide(n.multiply(denominator), MathContext.DECIMAL128);
        }

        private static BigDecimal x(LocalDate date) {
            return BigDecimal.valueOf(date.toEpochDay());
        }
    }
}
