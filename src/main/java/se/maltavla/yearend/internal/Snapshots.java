package se.maltavla.yearend.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import se.maltavla.yearend.Snapshot;

/**
 * Stored snapshots, read and kept in memory once read: a version's snapshot never changes, so the
 * dashboard and the API read a locked year's figures without parsing it again. At most
 * {@link #KEPT} are kept, the least recently used going first.
 */
@Component
class Snapshots {

    static final int KEPT = 64;

    private final YearEndRepository repository;
    private final Map<Long, Snapshot> read = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Snapshot> eldest) {
            return size() > KEPT;
        }
    };

    Snapshots(YearEndRepository repository) {
        this.repository = repository;
    }

    /** The snapshot of the version with this row id. */
    Optional<Snapshot> byId(long id) {
        synchronized (read) {
            Snapshot known = read.get(id);
            if (known != null) {
                return Optional.of(known);
            }
        }
        Optional<Snapshot> snapshot = repository.snapshotJson(id).map(SnapshotJson::read);
        snapshot.ifPresent(s -> {
            synchronized (read) {
                read.put(id, s);
            }
        });
        return snapshot;
    }
}
