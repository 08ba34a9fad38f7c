package se.maltavla.dashboard.ui.goal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.maltavla.actionplan.Indicator;
import se.maltavla.actionplan.Measurement;
import se.maltavla.chart.TimeChart;
import se.maltavla.chart.TimeChart.Point;
import se.maltavla.chart.TimeChart.Series;
import se.maltavla.chart.TimeChart.Style;
import se.maltavla.fulfilment.IndicatorFigures;

class IndicatorTrendTest {

    private static final IndicatorTrend.Labels LABELS =
            new IndicatorTrend.Labels("Titel", "Beskrivning", "st", "Utfall", "Utgångsvärde", "Målvärde", "Prognos");
    private static final LocalDate TARGET_DATE = LocalDate.of(2017, 12, 31);

    @Test
    void draws_one_value_per_period_end_the_longest_period_winning_and_none_after_the_evaluation() {
        Indicator indicator = indicator(
                new BigDecimal("3"),
                List.of(
                        value("2017-T1", 2017, 4, 30, "4"), value("2017-T2", 2017, 8, 31, "5"),
                        value("2017", 2017, 12, 31, "7"), value("2017-T3", 2017, 12, 31, "6")));

        TimeChart chart =
                IndicatorTrend.chart(indicator, figures(null), LocalDate.of(2017, 12, 31), LABELS, Locale.ENGLISH);
        TimeChart early =
                IndicatorTrend.chart(indicator, figures(null), LocalDate.of(2017, 9, 30), LABELS, Locale.ENGLISH);

        assertThat(series(chart, Style.MEASURED).points())
                .extracting(Point::value)
                .containsExactly(new BigDecimal("4"), new BigDecimal("5"), new BigDecimal("7"));
        assertThat(series(early, Style.MEASURED).points()).hasSize(2);
    }

    @Test
    void draws_baseline_and_target_from_the_start_of_the_plan_year_to_the_target_date() {
        TimeChart chart = IndicatorTrend.chart(
                indicator(new BigDecimal("3"), List.of(value("2017-T1", 2017, 4, 30, "4"))),
                figures(null),
                TARGET_DATE,
                LABELS,
                Locale.ENGLISH);

        assertThat(chart.series())
                .extracting(Series::style)
                .containsExactly(Style.MEASURED, Style.BASELINE, Style.TARGET);
        assertThat(series(chart, Style.BASELINE).points())
                .containsExactly(
                        new Point(LocalDate.of(2017, 1, 1), new BigDecimal("3")),
                        new Point(TARGET_DATE, new BigDecimal("3")));
        assertThat(series(chart, Style.TARGET).points())
                .extracting(Point::value)
                .containsOnly(new BigDecimal("5"));
        assertThat(chart.series()).extracting(Series::name).containsExactly("Utfall", "Utgångsvärde", "Målvärde");
    }

    @Test
    void draws_the_forecast_along_its_slope_from_the_first_value_to_the_target_date() {
        // 0.01 per day: 245 days from 2017-04-30 to 2017-12-31.
        IndicatorFigures.Forecast forecast = new IndicatorFigures.Forecast(
                new BigDecimal("6.45"), new BigDecimal("0.01"), null, se.maltavla.fulfilment.ForecastStatus.ON_TRACK);
        TimeChart chart = IndicatorTrend.chart(
                indicator(null, List.of(value("2017-T1", 2017, 4, 30, "4"), value("2017-T2", 2017, 8, 31, "5"))),
                figures(forecast),
                TARGET_DATE,
                LABELS,
                Locale.ENGLISH);

        assertThat(chart.series())
                .extracting(Series::style)
                .containsExactly(Style.MEASURED, Style.TARGET, Style.FORECAST);
        assertThat(series(chart, Style.FORECAST).points())
                .containsExactly(
                        new Point(LocalDate.of(2017, 4, 30), new BigDecimal("4.00")),
                        new Point(TARGET_DATE, new BigDecimal("6.45")));
    }

    private static Series series(TimeChart chart, Style style) {
        return chart.series().stream()
                .filter(s -> s.style() == style)
                .findFirst()
                .orElseThrow();
    }

    private static Measurement value(String period, int year, int month, int day, String value) {
        return new Measurement(period, LocalDate.of(year, month, day), new BigDecimal(value), null, null, null, null);
    }

    private static IndicatorFigures figures(IndicatorFigures.Forecast forecast) {
        return new IndicatorFigures(
                null, null, null, null, null, null, new BigDecimal("5"), null, TARGET_DATE, forecast);
    }

    private static Indicator indicator(BigDecimal baseline, List<Measurement> values) {
        return new Indicator(
                1,
                2017,
                "KS-17-1.1",
                "Antal projekt",
                "KS-17-1",
                "Fler projekt",
                "Kommunstyrelsen",
                "st",
                "tal",
                "oka",
                baseline,
                new BigDecimal("5"),
                null,
                TARGET_DATE,
                true,
                BigDecimal.ONE,
                "Ägare",
                "Utförare",
                true,
                null,
                true,
                null,
                List.of(),
                List.of(),
                null,
                values);
    }
}
