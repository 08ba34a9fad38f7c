package se.maltavla.fulfilment.calculator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class EvaluationDateTest {

    @Test
    void a_past_year_is_evaluated_on_its_last_day() {
        Clock clock = Clock.fixed(Instant.parse("2018-03-10T10:00:00Z"), ZoneOffset.UTC);

        assertThat(EvaluationDate.defaultFor(2017, clock)).isEqualTo(LocalDate.of(2017, 12, 31));
    }

    @Test
    void the_current_year_is_evaluated_today_in_sweden() {
        // 23:30 UTC on 30 April is already 1 May in Sweden
        Clock clock = Clock.fixed(Instant.parse("2017-04-30T23:30:00Z"), ZoneOffset.UTC);

        assertThat(EvaluationDate.defaultFor(2017, clock)).isEqualTo(LocalDate.of(2017, 5, 1));
    }
}
