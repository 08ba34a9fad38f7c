package se.maltavla.dataimport.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.maltavla.shared.InvalidValueException;

class NumberValueTest {

    private static void assertParses(String raw, String expected) {
        // equals (not compareTo): the scale written must be kept
        assertThat(NumberValue.parse(raw)).as(raw).isEqualTo(new BigDecimal(expected));
    }

    private static void assertRejected(String raw) {
        assertThatThrownBy(() -> NumberValue.parse(raw))
                .as(raw)
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.reasonKey()).isEqualTo("value.number"));
    }

    // --- missing ---

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "   ", "\t", "\u00A0", "\u202F \u00A0"})
    void empty_cell_is_missing(String raw) {
        assertThat(NumberValue.parse(raw)).isNull();
    }

    // --- plain numbers ---

    @Test
    void parses_plain_integer() {
        assertParses("1234", "1234");
        assertParses("0", "0");
        assertParses("007", "7");
    }

    @Test
    void trims_surrounding_spaces_of_every_kind() {
        assertParses("  42 ", "42");
        assertParses("\u00A042\u202F", "42");
        assertParses("\t42\t", "42");
    }

    @Test
    void parses_decimal_comma_and_decimal_point() {
        assertParses("12,5", "12.5");
        assertParses("12.5", "12.5");
    }

    @Test
    void keeps_the_scale_written() {
        assertParses("12,50", "12.50");
        assertParses("0,0", "0.0");
        assertParses("1000", "1000");
        assertThat(NumberValue.parse("1000").toPlainString()).isEqualTo("1000");
    }

    @Test
    void parses_a_leading_decimal_separator_as_zero_point() {
        assertParses(",5", "0.5");
        assertParses(".5", "0.5");
        assertParses("-,5", "-0.5");
    }

    // --- signs ---

    @Test
    void parses_minus_and_plus_signs() {
        assertParses("-3", "-3");
        assertParses("+3", "3");
        assertParses("-12,5", "-12.5");
    }

    @Test
    void parses_unicode_minus_sign() {
        assertParses("\u221212,5", "-12.5");
        assertParses("\u22121\u00A0234,5", "-1234.5");
    }

    @Test
    void parses_negative_numbers_with_grouping() {
        assertParses("-1 234,5", "-1234.5");
        assertParses("-1.234,5", "-1234.5");
        assertParses("-1,234,567", "-1234567");
    }

    @Test
    void negative_zero_is_zero() {
        assertThat(NumberValue.parse("-0").signum()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"- 5", "-\u00A05", "--5", "+-5", "-+5", "5-", "1-2", "-", "+", "\u2212"})
    void rejects_misplaced_or_repeated_signs(String raw) {
        assertRejected(raw);
    }

    // --- grouping by spaces ---

    @Test
    void parses_grouping_with_space() {
        assertParses("1 234", "1234");
        assertParses("1 234 567", "1234567");
        assertParses("12 345,67", "12345.67");
    }

    @Test
    void parses_grouping_with_no_break_space() {
        assertParses("1\u00A0234", "1234");
        assertParses("1\u00A0234\u00A0567,89", "1234567.89");
    }

    @Test
    void parses_grouping_with_narrow_no_break_space() {
        assertParses("1\u202F234", "1234");
        assertParses("1\u202F234\u202F567", "1234567");
    }

    @Test
    void treats_the_three_spaces_as_one_kind_of_grouping() {
        assertParses("1 234\u00A0567\u202F890", "1234567890");
    }

    @Test
    void space_grouping_with_a_single_separator_keeps_it_as_decimal_separator() {
        assertParses("1 234,5", "1234.5");
        assertParses("1 234.5", "1234.5");
        assertParses("1 234,567", "1234.567");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12 34", "1234 567", "1 23", "1 2345", "1  234", "1 234 56", " 1 234x"})
    void rejects_space_groups_of_the_wrong_size(String raw) {
        assertRejected(raw);
    }

    @Test
    void rejects_spaces_in_the_decimal_part() {
        assertRejected("1,234 567");
        assertRejected("3,141 592");
    }

    // --- a single , or . ---

    @Test
    void a_single_comma_or_point_is_the_decimal_separator() {
        // Surprising but the spec's rule: a thousand is written 1 234, never 1,234.
        assertParses("1,234", "1.234");
        assertParses("1.234", "1.234");
        assertParses("1234,5678", "1234.5678");
    }

    // --- both , and . ---

    @Test
    void where_both_occur_the_last_is_the_decimal_separator() {
        assertParses("1.234,5", "1234.5");
        assertParses("1,234.5", "1234.5");
        assertParses("1.234.567,89", "1234567.89");
        assertParses("1,234,567.89", "1234567.89");
    }

    @Test
    void the_example_numbers_of_the_spec_are_equal() {
        assertThat(NumberValue.parse("1.234,5")).isEqualTo(NumberValue.parse("1 234,5"));
        assertThat(NumberValue.parse("1.234,5")).isEqualTo(new BigDecimal("1234.5"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.234,5,6", "1,234.5.6", "1.2,3.4", "12.34,5", "1,5.5", "1.2345,6", ".234,5"})
    void rejects_both_separators_when_grouping_or_decimal_is_wrong(String raw) {
        assertRejected(raw);
    }

    // --- a separator more than once ---

    @Test
    void a_separator_occurring_more_than_once_groups_thousands() {
        assertParses("1,234,567", "1234567");
        assertParses("1.234.567", "1234567");
        assertParses("12.345.678", "12345678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,2,3", "1.2.3", "1,234,56", "1234,567,890", "1,,234", ",234,567", "1.234.5678"})
    void rejects_a_repeated_separator_with_groups_not_of_three_digits(String raw) {
        assertRejected(raw);
    }

    @Test
    void rejects_mixed_grouping_kinds() {
        assertRejected("1 234.567,89");
        assertRejected("1.234 567,89");
        assertRejected("1 234,567,890");
    }

    // --- percent ---

    @Test
    void drops_a_trailing_percent_sign() {
        assertParses("45 %", "45");
        assertParses("45%", "45");
        assertParses("12,5%", "12.5");
        assertParses("12,5\u00A0%", "12.5");
        assertParses("-3,5 %", "-3.5");
        assertParses("1 234 %", "1234");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", " % ", "-%", "45 %%", "%45", "4%5", "5, %"})
    void rejects_a_percent_sign_without_a_number_or_not_at_the_end(String raw) {
        assertRejected(raw);
    }

    // --- not numbers ---

    @ParameterizedTest
    @ValueSource(
            strings = {
                "abc",
                "12 st",
                "12 x",
                "12x",
                "1e5",
                "1E5",
                "1,5e3",
                "NaN",
                "nan",
                "Infinity",
                "-Infinity",
                "∞",
                "0x1F",
                "5,",
                "5.",
                "1 234,",
                ",",
                ".",
                "1,2,",
                "1/2",
                "(5)",
                "5 kr",
                "١٢٣"
            })
    void rejects_text_that_is_not_a_number(String raw) {
        assertRejected(raw);
    }

    // --- exactness and range ---

    @Test
    void is_exact_without_binary_floating_point() {
        assertParses("0,1", "0.1");
        assertParses("12345678901234567890,123456789012", "12345678901234567890.123456789012");
    }

    @Test
    void rounds_more_than_twelve_decimals_half_up() {
        assertParses("0,1234567890125", "0.123456789013");
        assertParses("0,1234567890124", "0.123456789012");
        assertParses("-0,0000000000005", "-0.000000000001");
    }

    @Test
    void accepts_twenty_six_integer_digits() {
        String max = "9".repeat(26);
        assertParses(max, max);
        assertParses("0000" + max, max);
    }

    @Test
    void rejects_more_than_twenty_six_integer_digits() {
        assertRejected("1" + "0".repeat(26));
        assertRejected("100 000 000 000 000 000 000 000 000");
    }

    @Test
    void rejects_a_value_that_rounding_pushes_past_twenty_six_integer_digits() {
        assertRejected("9".repeat(26) + ",9999999999999");
    }

    @Test
    void tiny_values_write_plainly_with_to_plain_string() {
        assertThat(NumberValue.parse("0,0000001").toPlainString()).isEqualTo("0.0000001");
        assertThat(NumberValue.parse("0,0000000000001").toPlainString()).isEqualTo("0.000000000000");
    }

    @Test
    void rejection_carries_no_arguments() {
        assertThatThrownBy(() -> NumberValue.parse("x"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.args()).isEmpty());
    }
}
