package se.maltavla.dataimport;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The import run in progress, as stored: every instance on the database reads the same, so that
 * a run started in one is followed in another's Import view (docs/design-decisions/0024).
 *
 * @param instance the instance running it (maltavla.instance.id); null for jobs/import of an older version
 * @param thisInstance whether it runs in the instance answering
 * @param responding false when its instance has not written its heartbeat for a while: it has
 *     most likely died, and the next run marks it interrupted and continues its file
 * @param files the run's files so far, in the order it took them
 */
public record RunningImport(
        long runId,
        OffsetDateTime startedAt,
        String trigger,
        String instance,
        boolean thisInstance,
        boolean responding,
        List<File> files) {

    /**
     * One file of the run.
     *
     * @param rowsDone rows read so far (committed with each chunk)
     * @param rowsTotal the file's rows, or null when not known
     */
    public record File(String fileName, String kind, FileStatus status, long rowsDone, Long rowsTotal) {}
}
