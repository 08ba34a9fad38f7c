package se.maltavla.dataimport.value;

import java.text.Normalizer;
import java.util.Locale;
import se.maltavla.shared.Blanks;

/**
 * Folds header names and fixed words so that spellings a person would call "the same" compare
 * equal: {@code Utgångsvärde}, {@code utgangs_varde} and {@code UTGÅNGS VÄRDE} all become
 * {@code utgangsvarde} (docs/import-contract.md §1, "header names" and "fixed words").
 */
public final class Fold {

    private Fold() {}

    /**
     * Lower-cases (Locale.ROOT), folds å/ä → a, ö → o (and é → e, ü → u), and removes spaces of
     * every kind, {@code -} and {@code _}. Null gives "".
     */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        // NFC first: text from a Mac or a web form may hold "a" + combining ring instead of "å";
        // without this it would fold to "a" + a stray mark and match nothing.
        String composed = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(composed.length());
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            if (Blanks.isSpace(c) || c == '-' || c == '_') {
                continue;
            }
            out.append(
                    switch (c) {
                        case 'å', 'ä' -> 'a';
                        case 'ö' -> 'o';
                        case 'é' -> 'e';
                        case 'ü' -> 'u';
                        default -> c;
                    });
        }
        return out.toString();
    }
}
