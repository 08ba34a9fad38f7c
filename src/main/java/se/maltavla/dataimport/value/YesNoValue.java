package se.maltavla.dataimport.value;

import java.util.Locale;
import java.util.Set;
import se.maltavla.shared.Blanks;
import se.maltavla.shared.InvalidValueException;

/** A yes/no cell (docs/import-contract.md §1, "Values"). */
public final class YesNoValue {

    // "x" is yes because people tick a box in Excel by typing x; there is no "no" counterpart.
    private static final Set<String> YES = Set.of("ja", "yes", "1", "x");
    private static final Set<String> NO = Set.of("nej", "no", "0");

    private YesNoValue() {}

    /**
     * TRUE for ja, yes, 1, x; FALSE for nej, no, 0 (any case); null for an empty cell.
     *
     * @throws InvalidValueException {@code value.yesno} for anything else
     */
    public static Boolean parse(String raw) {
        if (Blanks.isBlank(raw)) {
            return null;
        }
        String word = Blanks.strip(raw).toLowerCase(Locale.ROOT);
        if (YES.contains(word)) {
            return Boolean.TRUE;
        }
        if (NO.contains(word)) {
            return Boolean.FALSE;
        }
        throw new InvalidValueException("value.yesno");
    }

    /**
     * True if the value is one of the yes/no words. Columns such as {@code forankrad} take a date
     * or a yes/no word, and use this to decide which parser applies. An empty cell is not a word.
     */
    public static boolean isYesNoWord(String raw) {
        if (Blanks.isBlank(raw)) {
            return false;
        }
        String word = Blanks.strip(raw).toLowerCase(Locale.ROOT);
        return YES.contains(word) || NO.contains(word);
    }
}
