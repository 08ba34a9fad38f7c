package se.maltavla.fulfilment.calculator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.maltavla.fulfilment.Status;
import se.maltavla.fulfilment.Thresholds;

/** docs/fulfilment.md §1–§3, row by row. */
class ProgressAndStatusTest {

    private static final LocalDate END_2017 = LocalDate.of(2017, 12, 31);

    private static IndicatorInput tal(Direction direction, String baseline, String target, ValueInput... values) {
        return new IndicatorInput(
                1,
                false,
                direction,
                baseline == null ? null : new BigDecimal(baseline),
                new BigDecimal(target),
                BigDecimal.ONE,
                List.of(values));
    }

    private static ValueInput value(String period, LocalDate end, int rank, String number) {
        return new ValueInput(period, end, rank, new BigDecimal(number), null);
    }

    private static ValueInput t3(String number) {
        return value("2017-T3", END_2017, 3, number);
    }

    private static IndicatorResult evaluate(IndicatorInput indicator) {
        return IndicatorResult.evaluate(indicator, 2017, END_2017, Thresholds.DEFAULT);
    }

    @Test
    void exactly_half_way_in_decimals_is_exactly_fifty_percent_and_delvis() {
        IndicatorResult r = evaluate(tal(Direction.OKA, "1.1", "1.3", t3("1.2")));

        assertThat(r.result().fulfilment()).isEqualByComparingTo("0.5");
        assertThat(r.result().status()).isEqualTo(Status.DELVIS);
        assertThat((1.2 - 1.1) / (1.3 - 1.1))
                .as("binary floating point gets this wrong")
                .isLessThan(0.5);
    }

    @Test
    void oka_with_baseline_is_the_share_of_the_way_from_baseline_to_target() {
        IndicatorResult r = evaluate(tal(Direction.OKA, "10", "20", t3("14")));
        assertThat(r.rawProgress()).isEqualByComparingTo("0.4");
        assertThat(r.result().status()).isEqualTo(Status.EJ_UPPFYLLT);
    }

    @Test
    void oka_without_baseline_takes_baseline_zero() {
        assertThat(evaluate(tal(Direction.OKA, null, "8", t3("6"))).rawProgress())
                .isEqualByComparingTo("0.75");
    }

    @Test
    void target_equal_to_baseline_is_met_or_not() {
        assertThat(evaluate(tal(Direction.OKA, "5", "5", t3("5"))).rawProgress())
                .isEqualByComparingTo("1");
        assertThat(evaluate(tal(Direction.OKA, "5", "5", t3("4.9"))).rawProgress())
                .isEqualByComparingTo("0");
        assertThat(evaluate(tal(Direction.MINSKA, "5", "5", t3("5"))).rawProgress())
                .isEqualByComparingTo("1");
        assertThat(evaluate(tal(Direction.MINSKA, "5", "5", t3("5.1"))).rawProgress())
                .isEqualByComparingTo("0");
    }

    @Test
    void minska_is_the_share_of_the_way_down_to_target() {
        IndicatorResult r = evaluate(tal(Direction.MINSKA, "14.2", "13.0", t3("13.3")));
        assertThat(r.rawProgress()).isEqualByComparingTo("0.75");
    }

    @Test
    void over_achievement_and_the_wrong_way_are_shown_raw_and_clamped_for_the_roll_up() {
        IndicatorResult over = evaluate(tal(Direction.OKA, "0", "9", t3("10")));
        assertThat(over.rawProgress()).isGreaterThan(BigDecimal.ONE);
        assertThat(over.result().fulfilment()).isEqualByComparingTo("1");
        assertThat(over.result().status()).isEqualTo(Status.UPPFYLLT);

        IndicatorResult wrongWay = evaluate(tal(Direction.OKA, "10", "20", t3("8")));
        assertThat(wrongWay.rawProgress()).isEqualByComparingTo("-0.2");
        assertThat(wrongWay.result().fulfilment()).isEqualByComparingTo("0");
    }

    @Test
    void not_measurable_cases_are_ej_matbar_even_with_a_value() {
        assertThat(evaluate(tal(Direction.OKA, "20", "10", t3("15"))).result().status())
                .isEqualTo(Status.EJ_MATBAR);
        assertThat(evaluate(tal(Direction.OKA, null, "0", t3("15"))).result().status())
                .isEqualTo(Status.EJ_MATBAR);
        assertThat(evaluate(tal(Direction.MINSKA, "10", "20", t3("15")))
                        .result()
                        .status())
                .isEqualTo(Status.EJ_MATBAR);
        assertThat(evaluate(tal(Direction.MINSKA, null, "5", t3("4"))).result().status())
                .isEqualTo(Status.EJ_MATBAR);
        Result r = evaluate(tal(Direction.MINSKA, null, "5", t3("4"))).result();
        assertThat(r.indicators()).isZero();
        assertThat(r.coverage()).isNull();
    }

    @Test
    void a_milestone_is_one_when_done() {
        IndicatorInput milestone = new IndicatorInput(
                1,
                true,
                Direction.OKA,
                null,
                null,
                BigDecimal.ONE,
                List.of(new ValueInput("2017-T2", LocalDate.of(2017, 8, 31), 3, null, true)));
        assertThat(evaluate(milestone).result().status()).isEqualTo(Status.UPPFYLLT);
    }

    @Test
    void no_value_is_saknas_with_zero_coverage() {
        Result r = evaluate(tal(Direction.OKA, "0", "10")).result();
        assertThat(r.status()).isEqualTo(Status.SAKNAS);
        assertThat(r.indicators()).isEqualTo(1);
        assertThat(r.indicatorsWithValue()).isZero();
        assertThat(r.coverage()).isEqualByComparingTo("0");
    }

    @Test
    void the_year_value_wins_over_a_tertial_ending_the_same_day_and_later_periods_are_cut_off() {
        IndicatorInput indicator = tal(
                Direction.OKA,
                "0",
                "100",
                t3("40"),
                value("2017", END_2017, 1, "60"),
                value("2018-T1", LocalDate.of(2018, 4, 30), 3, "90"));
        assertThat(evaluate(indicator).result().fulfilment()).isEqualByComparingTo("0.6");

        IndicatorResult inAugust =
                IndicatorResult.evaluate(indicator, 2017, LocalDate.of(2017, 9, 15), Thresholds.DEFAULT);
        assertThat(inAugust.result().status()).isEqualTo(Status.SAKNAS);
    }

    @Test
    void thresholds_are_compared_unrounded_and_are_settings() {
        IndicatorInput almostHalf = tal(Direction.OKA, "0", "10000", t3("4996"));
        assertThat(evaluate(almostHalf).result().status())
                .as("49,96 % shows as 50,0 but is below 50")
                .isEqualTo(Status.EJ_UPPFYLLT);

        Thresholds lenient = new Thresholds(new BigDecimal("90"), new BigDecimal("40"));
        IndicatorInput ninety = tal(Direction.OKA, "0", "10", t3("9"));
        assertThat(IndicatorResult.evaluate(ninety, 2017, END_2017, lenient)
                        .result()
                        .status())
                .isEqualTo(Status.UPPFYLLT);
        assertThat(IndicatorResult.evaluate(tal(Direction.OKA, "0", "10", t3("4")), 2017, END_2017, lenient)
                        .result()
                        .status())
                .isEqualTo(Status.DELVIS);
    }
}
