package se.maltavla.dataimport.value;

import java.util.Locale;

/**
 * Folds header names and fixed words (import-format.md §1): case-insensitive, å/ä → a, ö → o,
 * spaces, '-' and '_' ignored. So {@code Utgångsvärde}, {@code utgangs_varde} and
 * {@code UTGÅNGS VÄRDE} are all {@code utgangsvarde}.
 */
public final class Fold {

    private Fold() {}

    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String lower = s.trim().toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            switch (c) {
                case 'å', 'ä', 'á', 'à' -> out.append('a');
                case 'ö', 'ø' -> out.append('o');
                case 'é', 'è' -> out.append('e');
                case 'ü' -> out.append('u');
                case ' ', '\u00A0', '\u202F', '\t', '-', '_' -> { }
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
