package se.maltavla.dataimport;

/** What became of one file in a run. */
public enum FileStatus {
    /** Being imported (a run that stopped here resumes it). */
    PROCESSING,
    /** Imported: every row is counted as new, updated, unchanged or rejected. */
    IMPORTED,
    /** The same content was imported before; nothing changed. */
    ALREADY_IMPORTED,
    /** Rejected whole: unknown header or unreadable. */
    REJECTED
}
