package se.maltavla.dataimport.csv;

/**
 * What one pass over a file's bytes tells before anything is imported: its checksum and size,
 * and either its dialect or why it cannot be read at all.
 *
 * @param unreadableReason a message key (with {@code unreadableArgs}) when the file cannot be
 *     read as CSV, else null
 */
public record FileInspection(
        String checksum, long sizeBytes, Dialect dialect, String unreadableReason, Object[] unreadableArgs) {

    public boolean readable() {
        return unreadableReason == null;
    }
}
