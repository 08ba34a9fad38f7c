package se.maltavla.dataimport;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A stored run and its files, for the dashboard and the API.
 *
 * @param error why the run failed, as a sentence a coordinator can act on (never an exception's
 *     text, which stays in the server's log); null when it did not fail
 * @param errorKind the kind of failure: database, disk, files, memory, internal, rerun, interrupted
 */
public record ImportRunSummary(
        long runId,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        String status,
        String trigger,
        Integer exitStatus,
        String error,
        List<FileResult> files,
        String errorKind) {

    public ImportRunSummary(
            long runId,
            OffsetDateTime startedAt,
            OffsetDateTime finishedAt,
            String status,
            String trigger,
            Integer exitStatus,
            String error,
            List<FileResult> files) {
        this(
                runId,
                startedAt,
                finishedAt,
                status,
                trigger,
                exitStatus,
                error,
                files,
                error == null ? null : "internal");
    }
}
