package se.maltavla.activity.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountScaleTest {

    @ParameterizedTest
    @CsvSource({"1, 0", "2, 1", "3, 2", "4, 2", "5, 3", "9, 3", "10, 4", "250, 4"})
    void puts_a_count_in_its_class(int count, int expected) {
        assertThat(CountScale.classOf(count)).isEqualTo(expected);
    }

    @Test
    void the_legend_names_each_class_up_to_the_largest_count() {
        assertThat(CountScale.legend(1)).extracting(e -> e[1]).containsExactly("1");
        assertThat(CountScale.legend(7)).extracting(e -> e[1]).containsExactly("1", "2", "3–4", "5–9");
        assertThat(CountScale.legend(12)).extracting(e -> e[1]).containsExactly("1", "2", "3–4", "5–9", "≥ 10");
    }
}
