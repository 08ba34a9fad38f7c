package se.maltavla.dataimport.csv;

/**
 * What one pass over a file's bytes tells before anything is imported: its checksum and size,
 * and either its dialect or why it cannot be read at all.
 *
 * @param sheet for an Excel workbook, the name of the sheet whose rows are read; else null
 * @param unreadableReason a message key (with {@code unreadableArgs}) when the file cannot be
 *     read as CSV, else null
 */
public record FileInspection(
        String checksum,
        long sizeBytes,
        Dialect dialect,
        String sheet,
        String unreadableReason,
        Object[] unreadableArgs) {

    public FileInspection(
            String checksum, long sizeBytes, Dialect dialect, String unreadableReason, Object[] unreadableArgs) {
        this(checksum, sizeBytes, dialect, null, unreadableReason, unreadableArgs);
    }

    /** A workbook's inspection: the sheet that is read (by name), or why none can be. */
    public static FileInspection workbook(
            String checksum, long sizeBytes, String sheet, String unreadableReason, Object... unreadableArgs) {
        return new FileInspection(checksum, sizeBytes, null, sheet, unreadableReason, unreadableArgs);
    }

    /** Whether the file is an Excel workbook (its rows come from {@link #sheet()}). */
    public boolean isWorkbook() {
        return sheet != null;
    }

    /** For the file's record and summaries: the encoding, or "xlsx" for a workbook. */
    public String encodingName() {
        return dialect != null ? dialect.encodingName() : sheet != null ? "xlsx" : null;
    }

    /** For the file's record: the delimiter; null for a workbook. */
    public String delimiterName() {
        return dialect != null ? dialect.delimiterName() : null;
    }

    public boolean readable() {
        return unreadableReason == null;
    }
}
