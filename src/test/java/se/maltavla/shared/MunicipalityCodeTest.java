package se.maltavla.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class MunicipalityCodeTest {

    @Test
    void parses_four_digit_codes() {
        assertThat(MunicipalityCode.parse("1081").value()).isEqualTo("1081"); // Ronneby
        assertThat(MunicipalityCode.parse("1384").value()).isEqualTo("1384"); // Kungsbacka
        assertThat(MunicipalityCode.parse("0114").value()).isEqualTo("0114");
    }

    @Test
    void left_pads_codes_excel_shortened() {
        assertThat(MunicipalityCode.parse("114").value()).isEqualTo("0114");
        assertThat(MunicipalityCode.parse("14").value()).isEqualTo("0014");
        assertThat(MunicipalityCode.parse("1").value()).isEqualTo("0001");
    }

    @Test
    void trims_the_cell() {
        assertThat(MunicipalityCode.parse(" 1081\u00A0").value()).isEqualTo("1081");
    }

    @Test
    void to_string_is_the_four_digits() {
        assertThat(MunicipalityCode.parse("114")).hasToString("0114");
    }

    @Test
    void equal_codes_are_equal() {
        assertThat(MunicipalityCode.parse("114")).isEqualTo(MunicipalityCode.parse("0114"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "\u00A0"})
    void empty_cell_is_required(String raw) {
        assertRejected(raw, "value.required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10810", "01081", "Ronneby", "108a", "10 81", "1081.0", "114,0", "-114", "+114", "١٠٨١"})
    void rejects_non_digits_and_more_than_four_digits(String raw) {
        assertRejected(raw, "value.municipality");
    }

    @ParameterizedTest
    @ValueSource(strings = {"114", "10810", "", "abcd"})
    void constructor_accepts_only_exactly_four_digits(String value) {
        assertThatThrownBy(() -> new MunicipalityCode(value))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.reasonKey()).isEqualTo("value.municipality"));
    }

    @Test
    void constructor_rejects_null() {
        assertThatThrownBy(() -> new MunicipalityCode(null)).isInstanceOf(NullPointerException.class);
    }

    private static void assertRejected(String raw, String key) {
        assertThatThrownBy(() -> MunicipalityCode.parse(raw))
                .as(raw)
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.reasonKey()).isEqualTo(key));
    }
}
