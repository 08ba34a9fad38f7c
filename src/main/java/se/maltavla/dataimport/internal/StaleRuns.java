package se.maltavla.dataimport.internal;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.maltavla.shared.i18n.Messages;

/**
 * A run whose process died (killed, out of memory, power loss) is never shown as running: the
 * next run, and every start of Måltavla that finds no run in progress, marks it interrupted.
 * Whether a run is alive is known from the import lock, which the database releases when its
 * holder's process dies ({@link ImportLock}).
 */
@Component
class StaleRuns {

    private static final Logger LOG = LoggerFactory.getLogger(StaleRuns.class);

    private final ImportLock lock;
    private final ImportLog log;
    private final MessageSource messages;

    StaleRuns(ImportLock lock, ImportLog log, MessageSource messages) {
        this.lock = lock;
        this.log = log;
        this.messages = messages;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(-1)
    void atStart() {
        try (ImportLock.Held held = lock.acquire(Duration.ZERO).orElse(null)) {
            if (held != null) {
                markDeadRunsInterrupted();
            }
        } catch (java.sql.SQLException | RuntimeException e) {
            LOG.warn("Could not check for interrupted import runs at start: {}", e.toString());
        }
    }

    /** Only while holding the import lock. */
    void markDeadRunsInterrupted() {
        int marked = log.markDeadRunsInterrupted(
                language -> messages.getMessage("run.interrupted", null, Messages.locale(language)));
        if (marked > 0) {
            LOG.info("{} import run(s) whose process had died marked as interrupted", marked);
        }
    }
}
