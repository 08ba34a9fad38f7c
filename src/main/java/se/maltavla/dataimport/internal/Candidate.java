package se.maltavla.dataimport.internal;

import java.nio.file.Path;
import se.maltavla.dataimport.csv.FileInspection;
import se.maltavla.dataimport.csv.FileKind;
import se.maltavla.dataimport.csv.Header;

/**
 * A file found in the inbox, inspected: its kind, or the reason (message key and arguments) it
 * is rejected whole.
 */
record Candidate(Path path, FileInspection inspection, Header header, FileKind kind, long rows,
                 String rejectKey, Object[] rejectArgs) {

    String name() {
        return path.getFileName().toString();
    }

    boolean rejected() {
        return rejectKey != null;
    }

    /** The run's order (import-format.md §8.1): by kind, then by name; rejected files last. */
    int order() {
        return kind == null ? Integer.MAX_VALUE : kind.ordinal();
    }
}
