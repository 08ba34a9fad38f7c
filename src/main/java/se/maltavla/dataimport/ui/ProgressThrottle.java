package se.maltavla.dataimport.ui;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Lets a file's progress through to the browser a few times a second at most: the first report,
 * then one per interval, and always the last (all rows done). A national file reports a chunk
 * every few milliseconds; each report would otherwise be a push to the browser.
 */
final class ProgressThrottle {

    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Long> lastSent = new HashMap<>();

    ProgressThrottle(Duration interval, LongSupplier nanoTime) {
        this.intervalNanos = interval.toNanos();
        this.nanoTime = nanoTime;
    }

    /** Whether this report should be shown; called on the run's one thread. */
    synchronized boolean due(String fileName, long rowsDone, long rowsTotal) {
        long now = nanoTime.getAsLong();
        Long last = lastSent.get(fileName);
        if (last == null || rowsDone >= rowsTotal || now - last >= intervalNanos) {
            lastSent.put(fileName, now);
            return true;
        }
        return false;
    }
}
