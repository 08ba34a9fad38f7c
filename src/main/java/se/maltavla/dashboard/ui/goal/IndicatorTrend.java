package se.maltavla.dashboard.ui.goal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.maltavla.actionplan.Indicator;
import se.maltavla.actionplan.Measurement;
import se.maltavla.chart.TimeChart;
import se.maltavla.chart.TimeChart.Point;
import se.maltavla.chart.TimeChart.Series;
import se.maltavla.chart.TimeChart.Style;
import se.maltavla.fulfilment.IndicatorFigures;

/**
 * The chart of a {@code tal} indicator: its values over time (one per period end date), the
 * baseline and the target from the start of the plan year to the target date, and the trend
 * forecast (docs/fulfilment.md §5.1) as the trend line from the first value to the target date.
 */
public final class IndicatorTrend {

    /** The chart's texts, in the reader's language. */
    public record Labels(
            String title,
            String description,
            String unit,
            String measured,
            String baseline,
            String target,
            String forecast) {}

    private IndicatorTrend() {}

    /**
     * @param figures the indicator's stored figures (target date and forecast)
     * @param lastEnd the last period end the evaluation looks at: values ending later are left out
     */
    public static TimeChart chart(
            Indicator indicator, IndicatorFigures figures, LocalDate lastEnd, Labels labels, Locale locale) {
        List<Point> measured = measured(indicator.values(), lastEnd);
        LocalDate targetDate =
                figures != null && figures.targetDate() != null ? figures.targetDate() : indicator.targetDate();
        LocalDate start = LocalDate.of(indicator.year(), 1, 1);
        if (!measured.isEmpty() && measured.getFirst().date().isBefore(start)) {
            start = measured.getFirst().date();
        }
        List<Series> series = new ArrayList<>();
        series.add(new Series(labels.measured(), Style.MEASURED, measured));
        if (indicator.baseline() != null) {
            series.add(level(labels.baseline(), Style.BASELINE, indicator.baseline(), start, targetDate));
        }
        if (indicator.targetNumber() != null) {
            series.add(level(labels.target(), Style.TARGET, indicator.targetNumber(), start, targetDate));
        }
        IndicatorFigures.Forecast forecast = figures == null ? null : figures.forecast();
        if (forecast != null && !measured.isEmpty() && targetDate != null) {
            series.add(new Series(
                    labels.forecast(),
                    Style.FORECAST,
                    trend(forecast, measured.getFirst().date(), targetDate)));
        }
        return new TimeChart(labels.title(), labels.description(), labels.unit(), locale, series);
    }

    /** One point per period end date up to {@code lastEnd}; of periods ending together the longest (listed first). */
    public static List<Point> measured(List<Measurement> values, LocalDate lastEnd) {
        Map<LocalDate, BigDecimal> byEnd = new LinkedHashMap<>();
        for (Measurement value : values) {
            if (value.valueNumber() != null && !value.periodEnd().isAfter(lastEnd)) {
                byEnd.putIfAbsent(value.periodEnd(), value.valueNumber());
            }
        }
        return byEnd.entrySet().stream()
                .map(e -> new Point(e.getKey(), e.getValue()))
                .sorted(java.util.Comparator.comparing(Point::date))
                .toList();
    }

    private static Series level(String name, Style style, BigDecimal value, LocalDate from, LocalDate to) {
        return new Series(
                name,
                style,
                to == null || !to.isAfter(from)
                        ? List.of(new Point(from, value))
                        : List.of(new Point(from, value), new Point(to, value)));
    }

    /** The trend line: the forecast value at the target date, and back along its slope to {@code from}. */
    static List<Point> trend(IndicatorFigures.Forecast forecast, LocalDate from, LocalDate targetDate) {
        long days = ChronoUnit.DAYS.between(from, targetDate);
        BigDecimal atStart = forecast.value()
                .subtract(forecast.slopePerDay().multiply(BigDecimal.valueOf(days)), MathContext.DECIMAL128);
        return days <= 0
                ? List.of(new Point(targetDate, forecast.value()))
                : List.of(new Point(from, atStart), new Point(targetDate, forecast.value()));
    }
}
