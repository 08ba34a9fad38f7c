package se.maltavla.fulfilment.calculator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.maltavla.fulfilment.Percents;
import se.maltavla.fulfilment.Status;
import se.maltavla.fulfilment.Thresholds;

/** docs/fulfilment.md §3: statuses from thresholds, on the unrounded value. */
class StatusTest {

    private static final LocalDate YEAR_END = LocalDate.of(2017, 12, 31);

    @Test
    void exactly_half_way_is_fifty_percent_and_delvis() {
        // KFN-17-2.1: b 1,1, t 1,3, v 1,2
        IndicatorResult r = evaluate(tal("1.1", "1.3", ValueInput.number("2017-T3", "1.2")), Thresholds.DEFAULT);

        assertThat(r.result().fulfilment()).isEqualByComparingTo("0.5");
        assertThat(Percents.format(r.result().fulfilment())).isEqualTo("50,0");
        assertThat(r.result().status()).isEqualTo(Status.DELVIS);
    }

    @Test
    void binary_floating_point_would_put_the_same_indicator_below_the_threshold() {
        double fulfilment = 100 * ((1.2 - 1.1) / (1.3 - 1.1));

        assertThat(fulfilment >= 50).isFalse();
    }

    @Test
    void just_below_the_lower_threshold_shows_as_fifty_but_is_ej_uppfyllt() {
        // 49,96 %
        BigDecimal fulfilment = new BigDecimal("0.4996");

        assertThat(Percents.format(fulfilment)).isEqualTo("50,0");
        assertThat(Thresholds.DEFAULT.classify(fulfilment)).isEqualTo(Status.EJ_UPPFYLLT);
    }

    @Test
    void just_below_the_upper_threshold_shows_as_hundred_but_is_delvis() {
        BigDecimal fulfilment = new BigDecimal("0.99996");

        assertThat(Percents.format(fulfilment)).isEqualTo("100,0");
        assertThat(Thresholds.DEFAULT.classify(fulfilment)).isEqualTo(Status.DELVIS);
    }

    @Test
    void default_thresholds_are_one_hundred_and_fifty_percent() {
        assertThat(Thresholds.DEFAULT.classify(BigDecimal.ONE)).isEqualTo(Status.UPPFYLLT);
        assertThat(Thresholds.DEFAULT.classify(new BigDecimal("0.50"))).isEqualTo(Status.DELVIS);
        assertThat(Thresholds.DEFAULT.classify(BigDecimal.ZERO)).isEqualTo(Status.EJ_UPPFYLLT);
    }

    @Test
    void thresholds_are_settings_of_the_municipality() {
        Thresholds ninetyForty = new Thresholds(new BigDecimal("90"), new BigDecimal("40"));

        assertThat(ninetyForty.classify(new BigDecimal("0.9"))).isEqualTo(Status.UPPFYLLT);
        assertThat(ninetyForty.classify(new BigDecimal("0.8999"))).isEqualTo(Status.DELVIS);
        assertThat(ninetyForty.classify(new BigDecimal("0.4"))).isEqualTo(Status.DELVIS);
        assertThat(ninetyForty.classify(new BigDecimal("0.3999"))).isEqualTo(Status.EJ_UPPFYLLT);

        IndicatorResult r = evaluate(tal("0", "10", ValueInput.number("2017", "9")), ninetyForty);
        assertThat(r.result().status()).isEqualTo(Status.UPPFYLLT);
    }

    @Test
    void a_lower_threshold_above_the_upper_is_refused() {
        assertThatThrownBy(() -> new Thresholds(new BigDecimal("50"), new BigDecimal("60")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_indicator_that_is_not_measurable_is_ej_matbar_without_counts_but_keeps_its_value() {
        // MBN-17-2.1: minska without a baseline, values 161 and 158
        IndicatorInput indicator = IndicatorInput.number(
                1,
                Direction.MINSKA,
                null,
                new BigDecimal("150"),
                null,
                List.of(ValueInput.number("2017-T2", "161"), ValueInput.number("2017-T3", "158")));

        IndicatorResult r = evaluate(indicator, Thresholds.DEFAULT);

        assertThat(r.result()).isEqualTo(new Result(null, Status.EJ_MATBAR, 0, 0, null));
        assertThat(r.rawProgress()).isNull();
        assertThat(r.value().number()).isEqualByComparingTo("158");
    }

    @Test
    void a_measurable_indicator_without_value_is_saknas_with_coverage_zero() {
        IndicatorResult r = evaluate(tal("2", "8"), Thresholds.DEFAULT);

        assertThat(r.result().status()).isEqualTo(Status.SAKNAS);
        assertThat(r.result().fulfilment()).isNull();
        assertThat(r.result().indicators()).isEqualTo(1);
        assertThat(r.result().indicatorsWithValue()).isZero();
        assertThat(r.result().coverage()).isEqualByComparingTo("0");
        assertThat(r.value()).isNull();
    }

    @Test
    void an_indicator_with_value_has_its_clamped_progress_as_fulfilment_and_full_coverage() {
        IndicatorResult r = evaluate(tal("2", "4", ValueInput.number("2017", "5")), Thresholds.DEFAULT);

        assertThat(r.result().fulfilment()).isEqualByComparingTo("1");
        assertThat(r.rawProgress()).isEqualByComparingTo("1.5");
        assertThat(r.result().status()).isEqualTo(Status.UPPFYLLT);
        assertThat(r.result().indicators()).isEqualTo(1);
        assertThat(r.result().indicatorsWithValue()).isEqualTo(1);
        assertThat(Percents.formatPercent(r.result().coverage())).isEqualTo("100,0");
    }

    @Test
    void statuses_carry_the_codes_of_the_spec() {
        assertThat(List.of(Status.values()).stream().map(Status::code))
                .containsExactly("uppfyllt", "delvis", "ej_uppfyllt", "saknas", "ej_matbar");
        assertThat(Status.fromCode("ej_matbar")).isEqualTo(Status.EJ_MATBAR);
    }

    private static IndicatorInput tal(String baseline, String target, ValueInput... values) {
        return IndicatorInput.number(
                1, Direction.OKA, new BigDecimal(baseline), new BigDecimal(target), null, List.of(values));
    }

    private static IndicatorResult evaluate(IndicatorInput indicator, Thresholds thresholds) {
        return IndicatorResult.evaluate(indicator, 2017, YEAR_END, thresholds);
    }
}
