package se.maltavla.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static se.maltavla.db.Tables.SCHEDULED_JOB;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.maltavla.support.DatabaseTest;

/** Each firing of a scheduled job is claimed by one instance, whichever asks first (docs/design-decisions/0024). */
class ScheduledRunsTest extends DatabaseTest {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final String NIGHTLY = "0 0 2 * * *";
    private static final Instant TWO_AT_NIGHT = Instant.parse("2026-12-08T01:00:00.010Z");

    @BeforeEach
    void neverClaimed() {
        db.update(SCHEDULED_JOB)
                .set(SCHEDULED_JOB.CLAIMED_AT, OffsetDateTime.parse("1970-01-01T00:00:00Z"))
                .set(SCHEDULED_JOB.CLAIMED_BY, "-")
                .execute();
        db.deleteFrom(SCHEDULED_JOB)
                .where(SCHEDULED_JOB.NAME.notIn("nightly-import", "fulfilment-refresh"))
                .execute();
    }

    @Test
    void one_instance_of_two_firing_at_once_runs_the_firing() throws Exception {
        ScheduledRuns a = instance("a", TWO_AT_NIGHT);
        ScheduledRuns b = instance("b", TWO_AT_NIGHT.plusMillis(40));
        CyclicBarrier together = new CyclicBarrier(2);
        try (var threads = Executors.newFixedThreadPool(2)) {
            List<Boolean> claimed = threads
                    .invokeAll(List.<Callable<Boolean>>of(
                            () -> {
                                together.await();
                                return a.claim("nightly-import", NIGHTLY, SWEDEN);
                            },
                            () -> {
                                together.await();
                                return b.claim("nightly-import", NIGHTLY, SWEDEN);
                            }))
                    .stream()
                    .map(f -> {
                        try {
                            return f.get();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
            assertThat(claimed).containsExactlyInAnyOrder(true, false);
        }
        assertThat(db.select(SCHEDULED_JOB.CLAIMED_BY)
                        .from(SCHEDULED_JOB)
                        .where(SCHEDULED_JOB.NAME.eq("nightly-import"))
                        .fetchSingle(SCHEDULED_JOB.CLAIMED_BY))
                .isIn("a", "b");
    }

    @Test
    void the_next_nights_firing_is_claimed_again_by_whichever_instance_fires_first() {
        assertThat(instance("a", TWO_AT_NIGHT).claim("nightly-import", NIGHTLY, SWEDEN))
                .isTrue();
        assertThat(instance("b", TWO_AT_NIGHT.plusSeconds(3)).claim("nightly-import", NIGHTLY, SWEDEN))
                .as("the same firing, seen late by b")
                .isFalse();
        assertThat(instance("b", TWO_AT_NIGHT.plus(Duration.ofDays(1))).claim("nightly-import", NIGHTLY, SWEDEN))
                .as("the next night (a has died, say)")
                .isTrue();
        assertThat(instance("a", TWO_AT_NIGHT.plus(Duration.ofDays(1)).plusMillis(5))
                        .claim("nightly-import", NIGHTLY, SWEDEN))
                .isFalse();
    }

    @Test
    void a_job_not_yet_in_the_table_is_claimed_once_too() {
        assertThat(instance("a", TWO_AT_NIGHT).claim("some-new-job", NIGHTLY, SWEDEN))
                .isTrue();
        assertThat(instance("b", TWO_AT_NIGHT).claim("some-new-job", NIGHTLY, SWEDEN))
                .isFalse();
    }

    @Test
    void a_firing_is_told_from_the_next_by_half_the_jobs_period() {
        OffsetDateTime now = OffsetDateTime.parse("2026-12-07T12:00:00Z");
        assertThat(ScheduledRuns.halfPeriod(NIGHTLY, SWEDEN, now)).isEqualTo(Duration.ofHours(12));
        assertThat(ScheduledRuns.halfPeriod("0 */15 * * * *", SWEDEN, now))
                .isEqualTo(Duration.ofMinutes(7).plusSeconds(30));
        assertThat(ScheduledRuns.halfPeriod("0/10 * * * * *", SWEDEN, now)).isEqualTo(Duration.ofSeconds(5));
    }

    private ScheduledRuns instance(String name, Instant now) {
        return new ScheduledRuns(db, new InstanceName(name), Clock.fixed(now, ZoneOffset.UTC));
    }
}
