package se.maltavla.api;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The serialised JSON of result sets, by entity tag ({@link ResultTags}), kept while the set is
 * unchanged: a repeated request then costs a lookup, not a serialisation (docs/api-caching.md).
 * Bounded by {@code maltavla.api.result-cache-mb} (default 128; 0 keeps nothing), the least
 * recently used body dropped first. A changed set has a new tag, so a stale body is never
 * served: it is only dropped when the bound needs its room.
 */
@Component
class ResultBodies {

    private final long maxBytes;
    private final LinkedHashMap<String, byte[]> bodies = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    ResultBodies(@Value("${maltavla.api.result-cache-mb:128}") long megabytes) {
        this.maxBytes = Math.max(0, megabytes) * 1024 * 1024;
    }

    /** The body stored under {@code tag}, or {@code serialise}'s, stored when it fits. */
    byte[] get(String tag, Supplier<byte[]> serialise) {
        synchronized (this) {
            byte[] known = bodies.get(tag);
            if (known != null) {
                return known;
            }
        }
        // Outside the lock: two requests for a new set may both serialise it, none waits for another's.
        byte[] body = serialise.get();
        if (body.length <= maxBytes) {
            store(tag, body);
        }
        return body;
    }

    private synchronized void store(String tag, byte[] body) {
        byte[] previous = bodies.put(tag, body);
        bytes += body.length - (previous == null ? 0 : previous.length);
        Iterator<Map.Entry<String, byte[]>> eldest = bodies.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= eldest.next().getValue().length;
            eldest.remove();
        }
    }

    /** How many bodies are kept, and their bytes (for tests and the log). */
    synchronized long[] size() {
        return new long[] {bodies.size(), bytes};
    }
}
