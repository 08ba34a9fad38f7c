package se.maltavla.dashboard.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.maltavla.dashboard.ui.settings.ThresholdRules.Field;

class ThresholdRulesTest {

    @Test
    void accepts_0_le_lower_le_upper_le_100_with_up_to_four_decimals() {
        assertThat(ThresholdRules.problems(d("100"), d("50"))).isEmpty();
        assertThat(ThresholdRules.problems(d("0"), d("0"))).isEmpty();
        assertThat(ThresholdRules.problems(d("66.6667"), d("66.6667"))).isEmpty();
        assertThat(ThresholdRules.problems(d("100.0000"), d("50.50"))).isEmpty();
    }

    @Test
    void names_the_field_and_what_is_wrong_with_it() {
        assertThat(ThresholdRules.problems(null, d("50"))).isEqualTo(Map.of(Field.UPPER, "settings.invalid.required"));
        assertThat(ThresholdRules.problems(d("120"), d("50"))).isEqualTo(Map.of(Field.UPPER, "settings.invalid.range"));
        assertThat(ThresholdRules.problems(d("90"), d("-1"))).isEqualTo(Map.of(Field.LOWER, "settings.invalid.range"));
        assertThat(ThresholdRules.problems(d("90"), d("12.34567")))
                .isEqualTo(Map.of(Field.LOWER, "settings.invalid.decimals"));
        assertThat(ThresholdRules.problems(d("60"), d("70"))).isEqualTo(Map.of(Field.LOWER, "settings.invalid.order"));
        assertThat(ThresholdRules.problems(null, null)).containsOnlyKeys(Field.UPPER, Field.LOWER);
    }

    @Test
    void compares_by_value_not_by_how_the_number_is_written() {
        assertThat(ThresholdRules.problems(d("50.0"), d("50"))).isEmpty();
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
