package se.maltavla.fulfilment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

class PercentsTest {

    @Test
    void a_fraction_is_shown_as_a_percent_with_one_decimal_and_a_decimal_comma() {
        assertThat(Percents.format(new BigDecimal("0.5"))).isEqualTo("50,0");
        assertThat(Percents.format(BigDecimal.ONE)).isEqualTo("100,0");
        assertThat(Percents.format(BigDecimal.ZERO)).isEqualTo("0,0");
        assertThat(Percents.format(third(2))).isEqualTo("66,7");
    }

    @Test
    void rounding_is_half_up_not_half_even() {
        assertThat(Percents.format(new BigDecimal("0.1225"))).isEqualTo("12,3");
        assertThat(Percents.format(new BigDecimal("0.1224999"))).isEqualTo("12,2");
        assertThat(Percents.percent(new BigDecimal("0.4996"))).isEqualTo(new BigDecimal("50.0"));
    }

    @Test
    void numbers_are_written_plainly_without_exponent() {
        assertThat(Percents.format(new BigDecimal("1E+3"))).isEqualTo("100000,0");
        assertThat(Percents.format(new BigDecimal("1E-9"))).isEqualTo("0,0");
        assertThat(Percents.format(new BigDecimal("-0.3"))).isEqualTo("-30,0");
    }

    @Test
    void a_missing_figure_is_empty() {
        assertThat(Percents.format(null)).isEmpty();
        assertThat(Percents.percent(null)).isNull();
        assertThat(Percents.formatPercent(null)).isEmpty();
    }

    @Test
    void a_coverage_already_in_percent_is_only_rounded() {
        BigDecimal twoThirds = new BigDecimal("200").divide(new BigDecimal("3"), MathContext.DECIMAL128);

        assertThat(Percents.formatPercent(twoThirds)).isEqualTo("66,7");
        assertThat(Percents.round(new BigDecimal("92"))).isEqualTo(new BigDecimal("92.0"));
    }

    @Test
    void a_share_of_counts_is_exact_and_a_share_of_nothing_is_empty_not_zero() {
        assertThat(Percents.ofCount(2, 3))
                .isEqualByComparingTo(new BigDecimal("200").divide(new BigDecimal("3"), MathContext.DECIMAL128));
        assertThat(Percents.ofCount(0, 4)).isEqualByComparingTo("0");
        assertThat(Percents.ofCount(0, 0)).isNull();
    }

    private static BigDecimal third(int n) {
        return BigDecimal.valueOf(n).divide(BigDecimal.valueOf(3), MathContext.DECIMAL128);
    }
}
