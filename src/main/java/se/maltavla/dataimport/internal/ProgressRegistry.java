package se.maltavla.dataimport.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import se.maltavla.dataimport.ImportProgress;

/** Connects a running file's chunks to its run's progress listener. */
@Component
class ProgressRegistry {

    private record Entry(String fileName, long total, ImportProgress listener, long[] done) {}

    private final Map<Long, Entry> files = new ConcurrentHashMap<>();

    void register(long fileId, String fileName, long total, long alreadyDone, ImportProgress listener) {
        files.put(fileId, new Entry(fileName, total, listener, new long[] {alreadyDone}));
    }

    void rowsDone(long fileId, long rows) {
        Entry e = files.get(fileId);
        if (e != null) {
            e.done[0] += rows;
            e.listener.rowsDone(e.fileName, e.done[0], e.total);
        }
    }

    void unregister(long fileId) {
        files.remove(fileId);
    }
}
