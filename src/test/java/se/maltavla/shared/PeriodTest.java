package se.maltavla.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.maltavla.shared.Period.Kind;

class PeriodTest {

    @ParameterizedTest(name = "{0} -> {1}, ends {2}")
    @CsvSource({
        "2016,    2016,    2016-12-31, YEAR",
        "2016-T1, 2016-T1, 2016-04-30, TERTIAL",
        "2016-T2, 2016-T2, 2016-08-31, TERTIAL",
        "2016-T3, 2016-T3, 2016-12-31, TERTIAL",
        "2016-H1, 2016-H1, 2016-06-30, HALF_YEAR",
        "2016-H2, 2016-H2, 2016-12-31, HALF_YEAR",
        "2016-Q1, 2016-Q1, 2016-03-31, QUARTER",
        "2016-Q2, 2016-Q2, 2016-06-30, QUARTER",
        "2016-Q3, 2016-Q3, 2016-09-30, QUARTER",
        "2016-Q4, 2016-Q4, 2016-12-31, QUARTER",
        "2016-K1, 2016-Q1, 2016-03-31, QUARTER",
        "2016-K2, 2016-Q2, 2016-06-30, QUARTER",
        "2016-K3, 2016-Q3, 2016-09-30, QUARTER",
        "2016-K4, 2016-Q4, 2016-12-31, QUARTER",
        "2016-05, 2016-05, 2016-05-31, MONTH",
        "2016-5,  2016-05, 2016-05-31, MONTH",
        "2016-01, 2016-01, 2016-01-31, MONTH",
        "2016-04, 2016-04, 2016-04-30, MONTH",
        "2016-12, 2016-12, 2016-12-31, MONTH",
        "2016-02, 2016-02, 2016-02-29, MONTH",
        "2017-02, 2017-02, 2017-02-28, MONTH",
        "2000-02, 2000-02, 2000-02-29, MONTH",
        "2100-02, 2100-02, 2100-02-28, MONTH",
    })
    void parses_every_form_with_its_end_date(String raw, String code, LocalDate end, Kind kind) {
        Period period = Period.parse(raw);
        assertThat(period.code()).isEqualTo(code);
        assertThat(period.end()).isEqualTo(end);
        assertThat(period.kind()).isEqualTo(kind);
        assertThat(period.year()).isEqualTo(end.getYear());
    }

    @Test
    void normalises_case_and_k_to_q() {
        assertThat(Period.parse("2016-k2").code()).isEqualTo("2016-Q2");
        assertThat(Period.parse("2016-q3").code()).isEqualTo("2016-Q3");
        assertThat(Period.parse("2016-t1").code()).isEqualTo("2016-T1");
        assertThat(Period.parse("2016-h2").code()).isEqualTo("2016-H2");
    }

    @Test
    void a_quarter_written_with_k_equals_the_same_quarter_written_with_q() {
        assertThat(Period.parse("2016-K1")).isEqualTo(Period.parse("2016-Q1"));
        assertThat(Period.parse("2016-5")).isEqualTo(Period.parse("2016-05"));
    }

    @Test
    void trims_the_cell() {
        assertThat(Period.parse("  2016-T2\u00A0").code()).isEqualTo("2016-T2");
    }

    @Test
    void plan_year_is_the_year_the_period_ends() {
        assertThat(Period.parse("2016-T3").planYear()).isEqualTo(2016);
        assertThat(Period.parse("2017").planYear()).isEqualTo(2017);
        assertThat(Period.parse("2016-12").planYear()).isEqualTo(2016);
    }

    @Test
    void accepts_years_1900_to_2999() {
        assertThat(Period.parse("1900").year()).isEqualTo(1900);
        assertThat(Period.parse("2999-Q4").end()).isEqualTo(LocalDate.of(2999, 12, 31));
    }

    @Test
    void longer_periods_rank_lower() {
        assertThat(Kind.YEAR.rank()).isEqualTo(1);
        assertThat(Kind.HALF_YEAR.rank()).isEqualTo(2);
        assertThat(Kind.TERTIAL.rank()).isEqualTo(3);
        assertThat(Kind.QUARTER.rank()).isEqualTo(4);
        assertThat(Kind.MONTH.rank()).isEqualTo(5);
    }

    @Test
    void periods_ending_on_the_same_day_order_year_half_year_tertial_quarter_month() {
        Period[] sameEnd = {
            Period.parse("2016-12"),
            Period.parse("2016-Q4"),
            Period.parse("2016-H2"),
            Period.parse("2016"),
            Period.parse("2016-T3")
        };
        assertThat(Arrays.stream(sameEnd).map(Period::end).distinct()).containsExactly(LocalDate.of(2016, 12, 31));
        Arrays.sort(sameEnd, Comparator.comparingInt(p -> p.kind().rank()));
        assertThat(Arrays.stream(sameEnd).map(Period::code))
                .containsExactly("2016", "2016-H2", "2016-T3", "2016-Q4", "2016-12");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "  ",
                "2016-T4",
                "2016-T0",
                "2016-H3",
                "2016-H0",
                "2016-Q0",
                "2016-Q5",
                "2016-K5",
                "2016-13",
                "2016-00",
                "2016-0",
                "2016-005",
                "16-T1",
                "16",
                "201",
                "20160",
                "1899",
                "3000",
                "2016-",
                "2016-T",
                "2016-Q",
                "2016-T01",
                "2016 T1",
                "2016-T 1",
                "2016 - T1",
                "2016-M5",
                "2016-05-31",
                "2016/05",
                "T1-2016",
                "2016-X1",
                "år 2016",
                "٢٠١٦"
            })
    void rejects_anything_else(String raw) {
        assertThatThrownBy(() -> Period.parse(raw))
                .as(raw)
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.reasonKey()).isEqualTo("value.period"));
    }
}
