package se.maltavla.fulfilment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.maltavla.fulfilment.PlanYearResults;
import se.maltavla.fulfilment.Thresholds;

class ReadResultsTest {

    private final ReadResults read = new ReadResults();

    @Test
    void gives_back_a_set_only_while_its_row_is_unchanged() {
        PlanYearResults results = results();
        read.put(7, List.of(7L, "1081", 2017, "2017-12-31T10:00Z", 42L), results);

        assertThat(read.get(7, List.of(7L, "1081", 2017, "2017-12-31T10:00Z", 42L)))
                .containsSame(results);
        assertThat(read.get(7, List.of(7L, "1081", 2017, "2017-12-31T10:05Z", 43L)))
                .as("recomputed since")
                .isEmpty();
        assertThat(read.get(8, List.of(8L, "1081", 2017, "2017-12-31T10:00Z", 42L)))
                .as("another set")
                .isEmpty();
    }

    @Test
    void forgets_everything_when_full_rather_than_growing() {
        for (long id = 0; id < ReadResults.CAPACITY; id++) {
            read.put(id, List.of(id), results());
        }
        read.put(ReadResults.CAPACITY, List.of((long) ReadResults.CAPACITY), results());

        assertThat(read.get(0, List.of(0L))).isEmpty();
        assertThat(read.get(ReadResults.CAPACITY, List.of((long) ReadResults.CAPACITY)))
                .isPresent();
    }

    private static PlanYearResults results() {
        return new PlanYearResults(
                "1081",
                2017,
                LocalDate.of(2017, 12, 31),
                OffsetDateTime.now(),
                Thresholds.DEFAULT,
                "Strategi",
                List.of(),
                Map.of());
    }
}
