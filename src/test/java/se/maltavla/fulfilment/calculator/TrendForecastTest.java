package se.maltavla.fulfilment.calculator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static se.maltavla.fulfilment.calculator.Direction.MINSKA;
import static se.maltavla.fulfilment.calculator.Direction.OKA;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.maltavla.fulfilment.ForecastStatus;
import se.maltavla.fulfilment.Percents;
import se.maltavla.fulfilment.Thresholds;

/** docs/fulfilment.md §5.1, the trend forecast. */
class TrendForecastTest {

    private static final LocalDate END_2017 = LocalDate.of(2017, 12, 31);
    private static final LocalDate END_2019 = LocalDate.of(2019, 12, 31);

    @Test
    void two_points_give_the_line_through_them_projected_to_the_target_date() {
        // 100 at 2016-12-31, 110 at 2017-12-31: +10 a year (365 days), so 130 at 2019-12-31
        IndicatorInput indicator = tal(OKA, "100", "130", v("2016", "100"), v("2017", "110"));

        TrendForecast forecast = forecast(indicator, END_2019).orElseThrow();

        assertThat(forecast.value()).isEqualByComparingTo("130");
        assertThat(forecast.slopePerDay()).isEqualByComparingTo(fraction(10, 365));
        assertThat(forecast.points()).isEqualTo(2);
        assertThat(forecast.targetDate()).isEqualTo(END_2019);
        assertThat(forecast.rawProgress()).isEqualByComparingTo("1");
        assertThat(forecast.clampedProgress()).isEqualByComparingTo("1");
        assertThat(forecast.status()).isEqualTo(ForecastStatus.ON_TRACK);
        assertThat(forecast.status().code()).isEqualTo("pa_vag");
    }

    @Test
    void three_points_give_the_least_squares_line() {
        // x in days from 2016-12-31 (a shift of x does not move the line): 2016-T3 → 0, 2017-T1
        // (04-30) → 120, 2017-T2 (08-31) → 243; maldatum 2017-12-31 → 365. y = 10, 13, 14.
        // x̄ = 363/3 = 121, ȳ = 37/3; x − x̄ = −121, −1, 122
        // Σ(x − x̄)² = 14 641 + 1 + 14 884 = 29 526
        // Σ(x − x̄)·y = −1 210 − 13 + 1 708 = 485 → slope 485/29 526 per day
        // at 365: 37/3 + 485·(365 − 121)/29 526 = 37/3 + 118 340/29 526
        //       = (37·29 526 + 3·118 340)/(3·29 526) = 1 447 482/88 578 = 241 247/14 763 ≈ 16,341
        // progress (b 10, t 20): (241 247/14 763 − 10)/10 = 93 617/147 630 ≈ 63,4 % → risk
        IndicatorInput indicator = tal(OKA, "10", "20", v("2016-T3", "10"), v("2017-T1", "13"), v("2017-T2", "14"));

        TrendForecast forecast = forecast(indicator, END_2017).orElseThrow();

        assertThat(forecast.value()).isEqualByComparingTo(fraction(241_247, 14_763));
        assertThat(forecast.value().toPlainString()).startsWith("16.3413262886947");
        assertThat(forecast.slopePerDay()).isEqualByComparingTo(fraction(485, 29_526));
        assertThat(forecast.points()).isEqualTo(3);
        // the forecast value is carried to 34 digits before the progress is taken from it
        assertThat(forecast.rawProgress()).isCloseTo(fraction(93_617, 147_630), within(new BigDecimal("1E-31")));
        assertThat(Percents.format(forecast.rawProgress())).isEqualTo("63,4");
        assertThat(forecast.status()).isEqualTo(ForecastStatus.AT_RISK);
        assertThat(forecast.status().code()).isEqualTo("risk");
    }

    @Test
    void a_decreasing_indicator_falling_too_slowly_is_at_risk() {
        // b 1 450, t 1 250: 1 450 → 1 400 in a year, 1 300 by 2019-12-31: (1 450 − 1 300)/200 = 75 %
        IndicatorInput indicator = tal(MINSKA, "1450", "1250", v("2016", "1450"), v("2017", "1400"));

        TrendForecast forecast = forecast(indicator, END_2019).orElseThrow();

        assertThat(forecast.value()).isEqualByComparingTo("1300");
        assertThat(forecast.slopePerDay()).isEqualByComparingTo(fraction(-50, 365));
        assertThat(forecast.rawProgress()).isEqualByComparingTo("0.75");
        assertThat(forecast.status()).isEqualTo(ForecastStatus.AT_RISK);
    }

    @Test
    void a_decreasing_indicator_falling_past_its_target_is_on_track_with_raw_progress_above_one() {
        // 1 450 → 1 350: 1 150 by 2019-12-31, (1 450 − 1 150)/200 = 150 %, clamped 100 %
        IndicatorInput indicator = tal(MINSKA, "1450", "1250", v("2016", "1450"), v("2017", "1350"));

        TrendForecast forecast = forecast(indicator, END_2019).orElseThrow();

        assertThat(forecast.value()).isEqualByComparingTo("1150");
        assertThat(Percents.format(forecast.rawProgress())).isEqualTo("150,0");
        assertThat(forecast.clampedProgress()).isEqualByComparingTo("1");
        assertThat(forecast.status()).isEqualTo(ForecastStatus.ON_TRACK);
    }

    @Test
    void on_the_same_end_date_the_year_value_is_the_point_not_the_tertial() {
        // The tertial values (90, 120) would give 2019: 210; the year values give 130.
        IndicatorInput indicator =
                tal(OKA, "100", "130", v("2016-T3", "90"), v("2016", "100"), v("2017", "110"), v("2017-T3", "120"));

        TrendForecast forecast = forecast(indicator, END_2019).orElseThrow();

        assertThat(forecast.points()).isEqualTo(2);
        assertThat(forecast.value()).isEqualByComparingTo("130");
    }

    @Test
    void values_of_periods_ending_after_the_evaluation_date_are_not_used() {
        // D 2017-06-30: 2017-T2 (08-31) and 2017 are the future. 100 → 112 in 120 days: 0,1 a day,
        // 100 + 0,1 · 365 = 136,5 at 2017-12-31
        IndicatorInput indicator =
                tal(OKA, "100", "150", v("2016", "100"), v("2017-T1", "112"), v("2017-T2", "999"), v("2017", "999"));

        TrendForecast forecast = TrendForecast.of(
                        indicator, END_2017, 2017, LocalDate.of(2017, 6, 30), Thresholds.DEFAULT)
                .orElseThrow();

        assertThat(forecast.points()).isEqualTo(2);
        assertThat(forecast.value()).isEqualByComparingTo("136.5");
        assertThat(forecast.slopePerDay()).isEqualByComparingTo("0.1");
    }

    @Test
    void values_after_the_plan_year_are_not_used_even_when_the_evaluation_date_is_later() {
        IndicatorInput indicator = tal(OKA, "100", "130", v("2016", "100"), v("2017", "110"), v("2018-T1", "999"));

        TrendForecast forecast = TrendForecast.of(
                        indicator, END_2019, 2017, LocalDate.of(2018, 6, 1), Thresholds.DEFAULT)
                .orElseThrow();

        assertThat(forecast.points()).isEqualTo(2);
        assertThat(forecast.value()).isEqualByComparingTo("130");
    }

    @Test
    void fewer_than_two_distinct_end_dates_give_no_forecast() {
        assertThat(forecast(tal(OKA, "100", "130"), END_2019)).isEmpty();
        assertThat(forecast(tal(OKA, "100", "130", v("2017", "110")), END_2019)).isEmpty();
        // two values, one end date
        assertThat(forecast(tal(OKA, "100", "130", v("2017", "110"), v("2017-T3", "120")), END_2019))
                .isEmpty();
    }

    @Test
    void a_blank_template_row_is_no_point() {
        IndicatorInput indicator = tal(
                OKA, "100", "130", new ValueInput("2016", LocalDate.of(2016, 12, 31), 1, null, null), v("2017", "110"));

        assertThat(forecast(indicator, END_2019)).isEmpty();
    }

    @Test
    void a_forecast_exactly_on_the_upper_threshold_is_on_track() {
        // upper 80 %: 100 → 108 gives 124 at 2019-12-31, (124 − 100)/30 = 80 % exactly
        Thresholds thresholds = new Thresholds(new BigDecimal("80"), new BigDecimal("50"));
        IndicatorInput onIt = tal(OKA, "100", "130", v("2016", "100"), v("2017", "108"));
        IndicatorInput justBelow = tal(OKA, "100", "130", v("2016", "100"), v("2017", "107.99999"));

        TrendForecast reached =
                TrendForecast.of(onIt, END_2019, 2017, END_2017, thresholds).orElseThrow();
        TrendForecast missed = TrendForecast.of(justBelow, END_2019, 2017, END_2017, thresholds)
                .orElseThrow();

        assertThat(reached.clampedProgress()).isEqualByComparingTo("0.8");
        assertThat(reached.status()).isEqualTo(ForecastStatus.ON_TRACK);
        // 123,99997 at 2019-12-31: 79,9999 % shows as 80,0 but is below the threshold
        assertThat(Percents.format(missed.clampedProgress())).isEqualTo("80,0");
        assertThat(missed.status()).isEqualTo(ForecastStatus.AT_RISK);
    }

    @Test
    void a_yes_no_indicator_has_no_forecast() {
        IndicatorInput milestone =
                IndicatorInput.yesNo(1, null, List.of(ValueInput.yes("2016", false), ValueInput.yes("2017", true)));

        assertThat(forecast(milestone, END_2019)).isEmpty();
    }

    @Test
    void a_not_measurable_indicator_gets_a_forecast_value_but_no_progress_or_status() {
        // minska without a baseline is ej_matbar; its trend is still drawn
        IndicatorInput indicator = tal(MINSKA, null, "150", v("2016", "200"), v("2017", "190"));

        TrendForecast forecast = forecast(indicator, END_2019).orElseThrow();

        assertThat(forecast.value()).isEqualByComparingTo("170");
        assertThat(forecast.rawProgress()).isNull();
        assertThat(forecast.clampedProgress()).isNull();
        assertThat(forecast.status()).isNull();
    }

    @Test
    void forecast_status_codes_are_stable() {
        assertThat(ForecastStatus.fromCode("pa_vag")).isEqualTo(ForecastStatus.ON_TRACK);
        assertThat(ForecastStatus.fromCode("risk")).isEqualTo(ForecastStatus.AT_RISK);
    }

    private static Optional<TrendForecast> forecast(IndicatorInput indicator, LocalDate targetDate) {
        return TrendForecast.of(indicator, targetDate, 2017, END_2017, Thresholds.DEFAULT);
    }

    private static IndicatorInput tal(Direction direction, String baseline, String target, ValueInput... history) {
        return IndicatorInput.number(
                1,
                direction,
                baseline == null ? null : new BigDecimal(baseline),
                new BigDecimal(target),
                null,
                List.of(history));
    }

    private static ValueInput v(String period, String number) {
        return ValueInput.number(period, number);
    }

    private static BigDecimal fraction(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL128);
    }
}
