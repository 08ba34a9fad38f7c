package se.maltavla.dataimport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressThrottleTest {

    private final AtomicLong now = new AtomicLong();
    private final ProgressThrottle throttle = new ProgressThrottle(Duration.ofMillis(250), now::get);

    @Test
    void lets_through_the_first_report_then_one_per_interval_and_always_the_last() {
        assertThat(throttle.due("a.csv", 5_000, 100_000)).isTrue();
        at(100);
        assertThat(throttle.due("a.csv", 10_000, 100_000)).isFalse();
        at(249);
        assertThat(throttle.due("a.csv", 15_000, 100_000)).isFalse();
        at(250);
        assertThat(throttle.due("a.csv", 20_000, 100_000)).isTrue();
        at(260);
        assertThat(throttle.due("a.csv", 100_000, 100_000)).as("all rows done").isTrue();
    }

    @Test
    void counts_each_file_on_its_own() {
        assertThat(throttle.due("a.csv", 1, 10)).isTrue();
        at(10);
        assertThat(throttle.due("b.csv", 1, 10)).isTrue();
        assertThat(throttle.due("a.csv", 2, 10)).isFalse();
    }

    private void at(long millis) {
        now.set(Duration.ofMillis(millis).toNanos());
    }
}
