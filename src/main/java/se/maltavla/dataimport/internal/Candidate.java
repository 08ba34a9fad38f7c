package se.maltavla.dataimport.internal;

import java.nio.file.Path;
import se.maltavla.dataimport.csv.FileInspection;
import se.maltavla.dataimport.csv.FileKind;
import se.maltavla.dataimport.csv.Header;

/**
 * A file found in the inbox, inspected: its kind, or the reason (message key and arguments) it
 * is rejected whole; and its stamp when it was taken, to see whether it changes before it is
 * archived.
 */
record Candidate(
        Path path,
        FileInspection inspection,
        Header header,
        FileKind kind,
        long rows,
        String rejectKey,
        Object[] rejectArgs,
        FileStamp stamp) {

    String name() {
        return path.getFileName().toString();
    }

    boolean rejected() {
        return rejectKey != null;
    }

    /** The run's order (docs/import-contract.md §8.1): by kind, then by name; rejected files last. */
    int order() {
        return kind == null ? Integer.MAX_VALUE : kind.ordinal();
    }

    /** The same file, rejected whole for this reason. */
    Candidate rejectedWith(String key, Object... args) {
        return new Candidate(path, inspection, header, kind, rows, key, args, stamp);
    }

    Candidate stamped(FileStamp taken) {
        return new Candidate(path, inspection, header, kind, rows, rejectKey, rejectArgs, taken);
    }
}
