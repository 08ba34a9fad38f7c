package se.maltavla.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DecimalsTest {

    @Test
    void drops_the_trailing_zeros_of_the_column_s_scale() {
        assertThat(Decimals.plain(new BigDecimal("1.500000000000"))).hasToString("1.5");
        assertThat(Decimals.plain(new BigDecimal("0.5000000000000000000000000000000000000000")))
                .hasToString("0.5");
        assertThat(Decimals.plain(new BigDecimal("-12.3400"))).hasToString("-12.34");
        assertThat(Decimals.plain(new BigDecimal("3824.000000000000"))).hasToString("3824");
        assertThat(Decimals.plain(new BigDecimal("0.0000000000000000000000000000000000000001")))
                .hasToString("1E-40");
        assertThat(Decimals.plain(null)).isNull();
    }

    @Test
    void never_writes_a_power_of_ten() {
        assertThat(Decimals.plain(new BigDecimal("1700000.000")).toString()).isEqualTo("1700000");
        assertThat(Decimals.plain(new BigDecimal("1.7E+6")).toString()).isEqualTo("1700000");
        assertThat(Decimals.plain(new BigDecimal("0.000")).toString()).isEqualTo("0");
        assertThat(Decimals.plain(new BigDecimal("100")).toString()).isEqualTo("100");
    }
}
