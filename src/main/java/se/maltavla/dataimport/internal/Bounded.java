package se.maltavla.dataimport.internal;

/**
 * Texts the import stores about files (names, columns, values, reasons, warnings) cut to what
 * their columns hold, so that no file's content can make the import's own bookkeeping fail.
 * A cut text ends with "…".
 */
final class Bounded {

    /** How much of a rejected cell is kept: enough to recognise it, however long it was. */
    static final int CELL = 500;

    private Bounded() {}

    static String text(String text, int max) {
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
    static String cell(String value) {
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
}
