package se.maltavla.dashboard.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TertialsTest {

    @Test
    void compares_with_the_end_of_the_tertial_before() {
        assertThat(Tertials.previousEnd(2017, LocalDate.of(2017, 12, 31))).contains(LocalDate.of(2017, 8, 31));
        assertThat(Tertials.previousEnd(2017, LocalDate.of(2017, 9, 1))).contains(LocalDate.of(2017, 8, 31));
        assertThat(Tertials.previousEnd(2017, LocalDate.of(2017, 8, 31))).contains(LocalDate.of(2017, 4, 30));
        assertThat(Tertials.previousEnd(2017, LocalDate.of(2017, 5, 1))).contains(LocalDate.of(2017, 4, 30));
    }

    @Test
    void has_nothing_to_compare_with_in_the_first_tertial() {
        assertThat(Tertials.previousEnd(2017, LocalDate.of(2017, 4, 30))).isEmpty();
        assertThat(Tertials.previousEnd(2017, LocalDate.of(2017, 1, 1))).isEmpty();
    }
}
