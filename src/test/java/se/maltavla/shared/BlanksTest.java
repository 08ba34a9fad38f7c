package se.maltavla.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlanksTest {

    @Test
    void strips_plain_and_excel_spaces_from_both_ends() {
        assertThat(Blanks.strip(" \t\u00A0 x y \u202F\r\n")).isEqualTo("x y");
    }

    @Test
    void strips_a_byte_order_mark() {
        assertThat(Blanks.strip("\uFEFFkommun")).isEqualTo("kommun");
    }

    @Test
    void keeps_spaces_inside_the_value() {
        assertThat(Blanks.strip("1\u00A0234")).isEqualTo("1\u00A0234");
    }

    @Test
    void strip_keeps_null() {
        assertThat(Blanks.strip(null)).isNull();
    }

    @Test
    void blank_means_null_empty_or_only_spaces() {
        assertThat(Blanks.isBlank(null)).isTrue();
        assertThat(Blanks.isBlank("")).isTrue();
        assertThat(Blanks.isBlank(" \u00A0\u202F\t")).isTrue();
        assertThat(Blanks.isBlank(" x ")).isFalse();
    }
}
