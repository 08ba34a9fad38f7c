package se.maltavla.shared;

/**
 * Trimming that also knows Excel's spaces.
 *
 * <p>Why not {@link String#strip()}: Swedish Excel writes no-break spaces (U+00A0, and U+202F
 * in newer versions) around and inside numbers, and {@link Character#isWhitespace(int)} says
 * they are not whitespace. A stray byte-order mark (U+FEFF) is dropped too: Commons CSV leaves it
 * on the first cell.
 */
public final class Blanks {

    private Blanks() {}

    /** True for the space characters a cell may carry: whitespace, U+00A0, U+202F, U+2007, U+FEFF. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2007' || c == '\uFEFF';
    }

    /** The value without leading and trailing spaces of any kind; null stays null. */
    public static String strip(String raw) {
        if (raw == null) {
            return null;
        }
        int start = 0;
        int end = raw.length();
        while (start < end && isSpace(raw.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(raw.charAt(end - 1))) {
            end--;
        }
        return raw.substring(start, end);
    }

    /** True for null, empty, or only spaces of any kind: an empty cell. */
    public static boolean isBlank(String raw) {
        return raw == null || strip(raw).isEmpty();
    }
}
