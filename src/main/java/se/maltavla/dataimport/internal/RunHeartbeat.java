package se.maltavla.dataimport.internal;

import static se.maltavla.db.Tables.IMPORT_RUN;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A running import's sign of life in its row, every {@link #EVERY}, so that the Import view of
 * another instance can tell a run that goes on from one whose instance died (docs/design-decisions/0024).
 * Only for what people read: whether a run is dead, to be marked interrupted, is decided by the
 * import lock, which the database releases when its holder dies ({@link StaleRuns}).
 */
@Component
class RunHeartbeat {

    static final Duration EVERY = Duration.ofSeconds(5);
    /** Silent this long: shown as not responding. */
    static final Duration SILENT = EVERY.multipliedBy(6);

    private static final Logger LOG = LoggerFactory.getLogger(RunHeartbeat.class);

    private final DSLContext db;
    private final ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("import-heartbeat").daemon(true).factory());

    RunHeartbeat(DSLContext db) {
        this.db = db;
    }

    Beat start(long runId) {
        ScheduledFuture<?> task =
                beats.scheduleAtFixedRate(() -> beat(runId), 0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
        return () -> task.cancel(false);
    }

    private void beat(long runId) {
        try {
            db.update(IMPORT_RUN)
                    .set(IMPORT_RUN.HEARTBEAT_AT, OffsetDateTime.now())
                    .where(IMPORT_RUN.ID.eq(runId), IMPORT_RUN.STATUS.eq("RUNNING"))
                    .execute();
        } catch (RuntimeException e) {
            LOG.warn("The heartbeat of import run {} could not be written: {}", runId, e.toString());
        }
    }

    /** Whether a run with this heartbeat (null before its first) still shows signs of life. */
    static boolean responding(OffsetDateTime heartbeat, OffsetDateTime started) {
        OffsetDateTime last = heartbeat != null ? heartbeat : started;
        return last != null && last.isAfter(OffsetDateTime.now().minus(SILENT));
    }

    @PreDestroy
    void stop() {
        beats.shutdownNow();
    }

    /** Stops the heartbeat when the run ends. */
    interface Beat extends AutoCloseable {
        @Override
        void close();
    }
}
