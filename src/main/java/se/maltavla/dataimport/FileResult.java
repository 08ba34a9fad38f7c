package se.maltavla.dataimport;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The summary of one file in a run (docs/import-contract.md §8.8).
 *
 * @param kind the file kind's code (strategi, handlingsplan, …), null when not recognised
 * @param message why the file was rejected whole, or for an already imported file when that was
 * @param previousImport for {@link FileStatus#ALREADY_IMPORTED}: when the content was imported
 */
public record FileResult(
        long fileId,
        String fileName,
        String kind,
        FileStatus status,
        long rowsRead,
        long rowsNew,
        long rowsUpdated,
        long rowsUnchanged,
        long rowsRejected,
        List<Rejection> firstRejections,
        List<String> warnings,
        String message,
        OffsetDateTime previousImport,
        String archivePath) {

    public boolean hasRejections() {
        return status.rejected() || rowsRejected > 0;
    }
}
