package se.maltavla.dataimport.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static se.maltavla.db.Tables.IMPORT_RUN;

import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.maltavla.dataimport.ImportTrigger;
import se.maltavla.support.DatabaseTest;
import se.maltavla.support.HeldLock;

/**
 * A run is marked interrupted only when it is dead, whichever instance looks: a live run holds
 * the import lock (another instance's, here a connection of its own), so a start of this instance
 * meanwhile leaves it running (docs/design-decisions/0024).
 */
class StaleRunsTest extends DatabaseTest {

    @Autowired
    StaleRuns stale;

    @Autowired
    ImportLog log;

    @Autowired
    DataSource dataSource;

    @Test
    void a_start_leaves_the_run_of_another_live_instance_running_and_marks_it_once_that_instance_is_gone()
            throws Exception {
        long run = log.startRun(ImportTrigger.SCHEDULE, "/srv/inbox", "sv", null, "other-instance");

        try (HeldLock otherInstance = HeldLock.hold(
                dataSource, "select id from import_lock where id = 1 for update", Duration.ofMinutes(1))) {
            stale.atStart();
            assertThat(status(run)).as("while its instance lives").isEqualTo("RUNNING");
        }

        stale.atStart();
        assertThat(status(run)).as("once its instance has died").isEqualTo("INTERRUPTED");
    }

    private String status(long run) {
        return db.select(IMPORT_RUN.STATUS)
                .from(IMPORT_RUN)
                .where(IMPORT_RUN.ID.eq(run))
                .fetchSingle(IMPORT_RUN.STATUS);
    }
}
