package se.maltavla.dataimport.value;

import java.util.Locale;

/** Yes/no words: ja, nej, yes, no, 1, 0, x (= ja), case-insensitive. */
public final class YesNoValue {

    private YesNoValue() {}

    /** TRUE, FALSE, or null for an empty value. */
    public static Boolean parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "ja", "yes", "1", "x" -> Boolean.TRUE;
            case "nej", "no", "0" -> Boolean.FALSE;
            default -> throw new InvalidValueException("value.yesno");
        };
    }

    public static boolean isYesNoWord(String raw) {
        try {
            return parse(raw) != null;
        } catch (InvalidValueException e) {
            return false;
        }
    }
}
