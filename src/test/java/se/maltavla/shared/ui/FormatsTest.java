package se.maltavla.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.maltavla.shared.i18n.Messages;

class FormatsTest {

    @Test
    void shows_percent_with_one_decimal_and_the_language_s_decimal_sign() {
        assertThat(Formats.percent(new BigDecimal("85"), Messages.SWEDISH)).isEqualTo("85,0 %");
        assertThat(Formats.percent(new BigDecimal("74.95"), Messages.SWEDISH)).isEqualTo("75,0 %");
        assertThat(Formats.percent(new BigDecimal("50.0"), Locale.ENGLISH)).isEqualTo("50.0 %");
        assertThat(Formats.percent(null, Messages.SWEDISH)).isEqualTo("–");
    }

    @Test
    void shows_a_change_with_its_sign() {
        assertThat(Formats.change(new BigDecimal("3.5"), Messages.SWEDISH, "procentenheter"))
                .isEqualTo("+3,5 procentenheter");
        assertThat(Formats.change(new BigDecimal("-12.25"), Locale.ENGLISH, "pp"))
                .isEqualTo("−12.3 pp");
        assertThat(Formats.change(BigDecimal.ZERO, Messages.SWEDISH, "procentenheter"))
                .isEqualTo("±0 procentenheter");
    }

    @Test
    void groups_thousands_in_numbers() {
        assertThat(Formats.decimal(new BigDecimal("1234567.50"), Messages.SWEDISH))
                .isEqualTo("1\u00A0234\u00A0567,5");
        assertThat(Formats.decimal(new BigDecimal("1234567.50"), Locale.ENGLISH))
                .isEqualTo("1,234,567.5");
    }
}
