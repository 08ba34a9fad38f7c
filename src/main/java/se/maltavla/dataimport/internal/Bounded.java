package se.maltavla.dataimport.internal;

/**
 * Texts the import stores about files (names, columns, values, reasons, warnings) cut to what
 * their columns hold, so that no file's content can make the import's own bookkeeping fail.
 * A cut text ends with "…". A NUL character (which a UTF-16 file can hold, and which PostgreSQL
 * refuses in text) is stored as the visible symbol ␀ (U+2400), so the coordinator sees where it was.
 */
final class Bounded {

    /** How much of a rejected cell is kept: enough to recognise it, however long it was. */
    static final int CELL = 500;

    private Bounded() {}

    static String text(String raw, int max) {
        String text = withoutNul(raw);
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /** A rejected cell as stored: at most {@link #CELL} characters, with the full length when cut. */
    static String cell(String raw) {
        String value = withoutNul(raw);
        if (value == null || value.length() <= CELL) {
            return value;
        }
        String suffix = "… (" + value.length() + ")";
        int end = CELL - suffix.length();
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + suffix;
    }

    private static String withoutNul(String text) {
        return text == null || text.indexOf('\u0000') < 0 ? text : text.replace('\u0000', '\u2400');
    }
}
