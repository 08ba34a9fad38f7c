package se.maltavla.dataimport;

/** What became of one file in a run. */
public enum FileStatus {
    /** Being imported (a run that stopped here is continued by the next). */
    PROCESSING,
    /** Imported: every row is counted as new, updated, unchanged or rejected. */
    IMPORTED,
    /** The same content was imported before; nothing changed. */
    ALREADY_IMPORTED,
    /** Rejected whole before any row was read: unknown header, not CSV, beyond the limits. Moved to failed/. */
    REJECTED,
    /**
     * An error caused by the file's content stopped its import: the rows before it are in, the
     * rest is not. Moved to failed/ with a .fel.txt saying what to do.
     */
    FAILED,
    /** Left in the inbox for a later run: still being copied in, or changed while it was read. */
    WAITING,
    /** Not a file to import (a folder, a device), or gone from the inbox before it was read. */
    SKIPPED,
    /** Could not be read (an input/output error); left in the inbox for a rerun. */
    UNREADABLE,
    /** The run stopped (its process died) while the file was imported; a later run continues it. */
    INTERRUPTED;

    /** Whether the file counts as rejected for the run's exit status 2. */
    public boolean rejected() {
        return this == REJECTED || this == FAILED;
    }

    /** Whether the run must be run again for this file (exit status 1). */
    public boolean needsRerun() {
        return this == UNREADABLE || this == INTERRUPTED;
    }
}
