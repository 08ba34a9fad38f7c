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
        assertThatThrownBy(() -> Parameters.municipality(raw)).isInstanceOf(BadParameterException.class)
                .extracting("parameter").isEqualTo("kommun");
    }

    @ParameterizedTest
    @ValueSource(strings = {"20x7", "201", "20170", "", "+2017"})
    void a_year_is_four_digits(String raw) {
        assertThatThrownBy(() -> Parameters.year(raw)).isInstanceOf(BadParameterException.class);
    }

    @Test
    void a_date_is_an_iso_date_that_exists() {
        assertThat(Parameters.date("2016-02-29")).isEqualTo(LocalDate.of(2016, 2, 29));
        assertThat(Parameters.date(null)).isNull();
        for (String bad : new String[] {"2017-02-29", "2017-02-30", "2017-2-3", "31/12/2017", "2017-12-31T00:00"}) {
            assertThatThrownBy(() -> Parameters.date(bad)).as(bad).isInstanceOf(BadParameterException.class);
        }
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
