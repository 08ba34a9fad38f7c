package se.maltavla.fulfilment.calculator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** docs/fulfilment.md §1. */
class ValueSelectorTest {

    private static final LocalDate YEAR_END = LocalDate.of(2017, 12, 31);

    @Test
    void the_value_whose_period_ends_latest_is_used() {
        List<ValueInput> values = List.of(v("2017-T2", "9"), v("2017-T3", "12"), v("2017-T1", "7"));

        assertThat(period(ValueSelector.select(values, 2017, YEAR_END))).isEqualTo("2017-T3");
    }

    @Test
    void a_year_value_wins_over_a_tertial_ending_the_same_day() {
        // RH-1.1 2017: T3 14 100 and 2017 14 350 both end 2017-12-31
        List<ValueInput> values = List.of(v("2017-T3", "14100"), v("2017", "14350"));

        Optional<ValueInput> chosen = ValueSelector.select(values, 2017, YEAR_END);

        assertThat(period(chosen)).isEqualTo("2017");
        assertThat(chosen.orElseThrow().number()).isEqualByComparingTo("14350");
    }

    @Test
    void on_the_same_end_date_the_longer_period_wins_in_the_order_year_half_tertial_quarter_month() {
        List<ValueInput> all =
                List.of(v("2017-12", "1"), v("2017-Q4", "2"), v("2017-T3", "3"), v("2017-H2", "4"), v("2017", "5"));

        assertThat(period(ValueSelector.select(all, 2017, YEAR_END))).isEqualTo("2017");
        assertThat(period(ValueSelector.select(all.subList(0, 4), 2017, YEAR_END)))
                .isEqualTo("2017-H2");
        assertThat(period(ValueSelector.select(all.subList(0, 3), 2017, YEAR_END)))
                .isEqualTo("2017-T3");
        assertThat(period(ValueSelector.select(all.subList(0, 2), 2017, YEAR_END)))
                .isEqualTo("2017-Q4");
    }

    @Test
    void the_evaluation_date_cuts_off_periods_ending_after_it() {
        List<ValueInput> values = List.of(v("2017-T1", "1"), v("2017-T2", "2"), v("2017-T3", "3"), v("2017", "4"));

        assertThat(period(ValueSelector.select(values, 2017, LocalDate.of(2017, 8, 31))))
                .isEqualTo("2017-T2");
        assertThat(period(ValueSelector.select(values, 2017, LocalDate.of(2017, 8, 30))))
                .isEqualTo("2017-T1");
        assertThat(ValueSelector.select(values, 2017, LocalDate.of(2017, 4, 29)))
                .isEmpty();
    }

    @Test
    void a_value_ending_after_the_plan_year_is_ignored_even_when_the_evaluation_date_is_later() {
        List<ValueInput> values = List.of(v("2017-T3", "3"), v("2018-T1", "9"));

        assertThat(period(ValueSelector.select(values, 2017, LocalDate.of(2018, 6, 1))))
                .isEqualTo("2017-T3");
    }

    @Test
    void a_value_from_an_earlier_year_is_not_used() {
        assertThat(ValueSelector.select(List.of(v("2016-T3", "13250")), 2017, YEAR_END))
                .isEmpty();
    }

    @Test
    void no_values_means_no_value() {
        assertThat(ValueSelector.select(List.<ValueInput>of(), 2017, YEAR_END)).isEmpty();
    }

    @Test
    void a_blank_row_is_not_a_value_so_the_earlier_period_is_used() {
        // MBN-17-1.2: T3 blank, T2 40
        ValueInput blank = new ValueInput("2017-T3", YEAR_END, 3, null, null);
        IndicatorInput indicator =
                IndicatorInput.number(1, Direction.OKA, null, null, null, List.of(v("2017-T2", "40"), blank));

        assertThat(period(ValueSelector.select(indicator, 2017, YEAR_END))).isEqualTo("2017-T2");
    }

    private static ValueInput v(String period, String number) {
        return ValueInput.number(period, number);
    }

    private static String period(Optional<ValueInput> value) {
        return value.map(ValueInput::period).orElse(null);
    }
}
