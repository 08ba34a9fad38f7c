package se.maltavla.dataimport.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.maltavla.shared.InvalidValueException;

class DateValueTest {

    @Test
    void parses_iso_date() {
        assertThat(DateValue.parse("2016-03-15")).isEqualTo(LocalDate.of(2016, 3, 15));
    }

    @Test
    void trims_the_cell() {
        assertThat(DateValue.parse(" 2016-03-15\u00A0")).isEqualTo(LocalDate.of(2016, 3, 15));
    }

    @Test
    void accepts_leap_day_in_a_leap_year() {
        assertThat(DateValue.parse("2016-02-29")).isEqualTo(LocalDate.of(2016, 2, 29));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "\u00A0"})
    void empty_cell_is_missing(String raw) {
        assertThat(DateValue.parse(raw)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2016-02-30", "2015-02-29", "2016-04-31", "2016-13-01", "2016-00-10", "2016-01-00"})
    void rejects_impossible_dates(String raw) {
        assertRejected(raw);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2016-2-3",
                "20160203",
                "2016-02-03T00:00",
                "2016-02-03 00:00",
                "15/3 2016",
                "2016/03/15",
                "16-03-15",
                "+2016-03-15",
                "12016-03-15",
                "2016-03-15Z",
                "den 15 mars",
                "2016-03",
                "2016"
            })
    void rejects_anything_but_yyyy_mm_dd(String raw) {
        assertRejected(raw);
    }

    private static void assertRejected(String raw) {
        assertThatThrownBy(() -> DateValue.parse(raw))
                .as(raw)
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.reasonKey()).isEqualTo("value.date"));
    }
}
