package se.maltavla.fulfilment.calculator;

import static org.assertj.core.api.Assertions.assertThat;
import static se.maltavla.fulfilment.calculator.Direction.MINSKA;
import static se.maltavla.fulfilment.calculator.Direction.OKA;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.maltavla.fulfilment.Percents;

/** docs/fulfilment.md §2, row by row. */
class ProgressTest {

    @Test
    void yes_no_progress_is_one_for_ja_and_zero_for_nej() {
        IndicatorInput milestone = IndicatorInput.yesNo(1, null, List.of());

        assertThat(progress(milestone, ValueInput.yes("2017-T3", true)).raw()).isEqualByComparingTo("1");
        assertThat(progress(milestone, ValueInput.yes("2017-T3", false)).raw()).isEqualByComparingTo("0");
    }

    @Test
    void yes_no_indicator_is_always_measurable() {
        IndicatorInput milestone = new IndicatorInput(1, true, MINSKA, null, null, null, List.of());

        assertThat(Progress.isMeasurable(milestone)).isTrue();
        assertThat(Progress.of(milestone, null).measurable()).isTrue();
    }

    @Test
    void increasing_with_baseline_is_the_share_of_the_distance_to_the_target() {
        // KS-17-3.1: (5 − 3) / (6 − 3)
        Progress p = progress(tal(OKA, "3", "6"), number("5"));

        assertThat(p.raw()).isEqualTo(new BigDecimal("2").divide(new BigDecimal("3"), MathContext.DECIMAL128));
        assertThat(p.raw().toPlainString()).isEqualTo("0.6666666666666666666666666666666667");
        assertThat(p.measurable()).isTrue();
    }

    @Test
    void increasing_without_baseline_takes_the_baseline_as_zero() {
        // KS-17-2.1: 10 / 12
        Progress p = progress(tal(OKA, null, "12"), number("10"));

        assertThat(p.raw()).isEqualTo(new BigDecimal("10").divide(new BigDecimal("12"), MathContext.DECIMAL128));
    }

    @Test
    void increasing_with_target_equal_to_baseline_is_reached_or_not() {
        IndicatorInput flat = tal(OKA, "5", "5.0");

        assertThat(progress(flat, number("5")).raw()).isEqualByComparingTo("1");
        assertThat(progress(flat, number("7")).raw()).isEqualByComparingTo("1");
        assertThat(progress(flat, number("4.9")).raw()).isEqualByComparingTo("0");
    }

    @Test
    void decreasing_with_baseline_is_the_share_of_the_reduction_achieved() {
        // MT-17-1.1: (1 450 − 1 330) / (1 450 − 1 250)
        Progress p = progress(tal(MINSKA, "1450", "1250"), number("1330"));

        assertThat(p.raw()).isEqualByComparingTo("0.6");
        assertThat(p.clamped()).isEqualByComparingTo("0.6");
    }

    @Test
    void decreasing_with_target_equal_to_baseline_is_reached_when_at_or_below_it() {
        IndicatorInput flat = tal(MINSKA, "150", "150");

        assertThat(progress(flat, number("150")).raw()).isEqualByComparingTo("1");
        assertThat(progress(flat, number("120")).raw()).isEqualByComparingTo("1");
        assertThat(progress(flat, number("150.1")).raw()).isEqualByComparingTo("0");
    }

    @Test
    void increasing_with_target_below_baseline_is_not_measurable() {
        // MBN-16-2.1: riktning left empty, t 4 000 < b 4 800
        assertNotMeasurable(tal(null, "4800", "4000"));
    }

    @Test
    void increasing_without_baseline_and_target_zero_or_below_is_not_measurable() {
        assertNotMeasurable(tal(OKA, null, "0"));
        assertNotMeasurable(tal(OKA, null, "-3"));
    }

    @Test
    void decreasing_without_baseline_is_not_measurable() {
        // MBN-17-2.1: it has values, but no baseline
        assertNotMeasurable(tal(MINSKA, null, "150"));
    }

    @Test
    void decreasing_with_target_above_baseline_is_not_measurable() {
        assertNotMeasurable(tal(MINSKA, "10", "12"));
    }

    @Test
    void number_indicator_without_target_is_not_measurable() {
        assertNotMeasurable(tal(OKA, "1", null));
    }

    @Test
    void measurable_indicator_without_value_has_no_progress() {
        Progress p = Progress.of(tal(OKA, "1", "2"), null);

        assertThat(p.measurable()).isTrue();
        assertThat(p.hasValue()).isFalse();
        assertThat(p.raw()).isNull();
        assertThat(p.clamped()).isNull();
    }

    @Test
    void over_achievement_shows_raw_progress_above_one_and_rolls_up_as_one() {
        // KFN-16-1: 5 of 2 → 4
        Progress p = progress(tal(OKA, "2", "4"), number("5"));

        assertThat(p.raw()).isEqualByComparingTo("1.5");
        assertThat(p.clamped()).isEqualByComparingTo("1");
        assertThat(Percents.format(p.raw())).isEqualTo("150,0");
    }

    @Test
    void value_moving_the_wrong_way_shows_negative_raw_progress_and_rolls_up_as_zero() {
        // Kungsbacka FG-1: 4 of 10 → 30
        Progress p = progress(tal(OKA, "10", "30"), number("4"));

        assertThat(p.raw()).isEqualByComparingTo("-0.3");
        assertThat(p.clamped()).isEqualByComparingTo("0");
    }

    @Test
    void decreasing_beyond_the_target_is_over_achievement() {
        // SN-17-1.1: (14,2 − 11,2) / (14,2 − 11,5) = 111,1 %
        Progress p = progress(tal(MINSKA, "14.2", "11.5"), number("11.2"));

        assertThat(Percents.format(p.raw())).isEqualTo("111,1");
        assertThat(p.clamped()).isEqualByComparingTo("1");
    }

    @Test
    void half_way_with_decimals_is_exactly_one_half_where_binary_floating_point_is_not() {
        // KFN-17-2.1: b 1,1, t 1,3, v 1,2
        Progress p = progress(tal(OKA, "1.1", "1.3"), number("1.2"));

        assertThat(p.raw()).isEqualByComparingTo("0.5");
        double binary = (1.2 - 1.1) / (1.3 - 1.1);
        assertThat(binary).isLessThan(0.5);
    }

    private static IndicatorInput tal(Direction direction, String baseline, String target) {
        return IndicatorInput.number(
                1,
                direction,
                baseline == null ? null : new BigDecimal(baseline),
                target == null ? null : new BigDecimal(target),
                null,
                List.of());
    }

    private static ValueInput number(String value) {
        return ValueInput.number("2017-T3", value);
    }

    private static Progress progress(IndicatorInput indicator, ValueInput value) {
        return Progress.of(indicator, value);
    }

    private static void assertNotMeasurable(IndicatorInput indicator) {
        Progress p = Progress.of(indicator, number("3"));
        assertThat(Progress.isMeasurable(indicator)).isFalse();
        assertThat(p.measurable()).isFalse();
        assertThat(p.raw()).isNull();
        assertThat(p.clamped()).isNull();
    }
}
