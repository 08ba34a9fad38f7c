package se.maltavla.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.maltavla.fulfilment.Level;

class ParametersTest {

    @Test
    void a_municipality_code_is_padded_to_four_digits_as_the_import_does() {
        assertThat(Parameters.municipality("1081")).isEqualTo("1081");
        assertThat(Parameters.municipality("114")).isEqualTo("0114");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "12345", "", " ", "10 81", "-1"})
    void anything_else_is_not_a_municipality_code(String raw) {
        assertThatThrownBy(() -> Parameters.municipality(raw))
                .isInstanceOf(BadParameterException.class)
                .extracting("parameter")
                .isEqualTo("kommun");
    }

    @ParameterizedTest
    @ValueSource(strings = {"20x7", "201", "20170", "", "+2017"})
    void a_year_is_four_digits(String raw) {
        assertThatThrownBy(() -> Parameters.year(raw)).isInstanceOf(BadParameterException.class);
    }

    @Test
    void a_date_is_an_iso_date_that_exists() {
        assertThat(Parameters.date("2016-02-29", "2016")).isEqualTo(LocalDate.of(2016, 2, 29));
        assertThat(Parameters.date(null, "2016")).isNull();
        for (String bad : new String[] {
            "2017-02-29",
            "2017-02-30",
            "2017-2-3",
            "31/12/2017",
            "2017-12-31T00:00",
            "+2017-08-31",
            "2017-08-31 ",
            "２０１７-08-31"
        }) {
            assertThatThrownBy(() -> Parameters.date(bad, "2017"))
                    .as(bad)
                    .isInstanceOf(BadParameterException.class)
                    .extracting("parameter")
                    .isEqualTo("datum");
        }
    }

    @Test
    void a_date_lies_from_the_plan_years_first_day_to_a_hundred_years_after_it() {
        assertThat(Parameters.date("2017-01-01", "2017")).isEqualTo(LocalDate.of(2017, 1, 1));
        assertThat(Parameters.date("2026-12-07", "2017"))
                .as("today, for a past year")
                .isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(Parameters.date("2117-12-31", "2017")).isEqualTo(LocalDate.of(2117, 12, 31));
        for (String absurd : new String[] {
            "-999999999-01-01", "+999999999-12-31", "0000-01-01", "2016-12-31", "2118-01-01", "9999-12-31"
        }) {
            assertThatThrownBy(() -> Parameters.date(absurd, "2017"))
                    .as(absurd)
                    .isInstanceOf(BadParameterException.class)
                    .extracting("parameter", "value", "arguments")
                    .containsExactly(
                            "datum", absurd, java.util.List.of("2017-01-01", "2117-12-31", "2017-08-31", "2017-12-31"));
        }
    }

    @Test
    void without_a_plan_year_a_date_is_only_read() {
        assertThat(Parameters.date("1900-01-01", "20x7")).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThatThrownBy(() -> Parameters.date("-999999999-01-01", "20x7")).isInstanceOf(BadParameterException.class);
    }

    @Test
    void a_level_is_one_of_the_exports_in_any_case() {
        assertThat(Parameters.level("mal")).isEqualTo(Level.MAL);
        assertThat(Parameters.level("Indikator")).isEqualTo(Level.INDIKATOR);
        assertThat(Parameters.level(null)).isNull();
        assertThatThrownBy(() -> Parameters.level("foo")).isInstanceOf(BadParameterException.class);
    }

    @Test
    void a_limit_is_1_to_500() {
        assertThat(Parameters.limit("1")).isEqualTo(1);
        assertThat(Parameters.limit("500")).isEqualTo(500);
        for (String bad : new String[] {"0", "501", "-1", "1.5", "99999999999999999999"}) {
            assertThatThrownBy(() -> Parameters.limit(bad)).as(bad).isInstanceOf(BadParameterException.class);
        }
    }
}
