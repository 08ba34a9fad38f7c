package se.maltavla.dataimport.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;
import se.maltavla.shared.Blanks;
import se.maltavla.shared.InvalidValueException;

/**
 * A number cell as Swedish (and not so Swedish) Excel writes it (docs/import-contract.md §1, "Values").
 *
 * <p>Parsed by hand into an exact {@link BigDecimal}: no {@code double}, and no
 * {@code NumberFormat}, which for sv-SE on JDK 25 rejects an ASCII hyphen as minus and silently
 * reads {@code 1 234,5} (plain space) as 1 (docs/stack-pitfalls.md).
 *
 * <p>Rules, in short: an optional sign ({@code -}, {@code +} or U+2212) right before the number;
 * digits grouped by spaces (plain, U+00A0 or U+202F) or by {@code ,}/{@code .}; one decimal comma
 * or point; a trailing {@code %} dropped. Groups: the first has 1–3 digits, every later one exactly
 * 3. Which of {@code ,} and {@code .} is the decimal separator:
 * <ul>
 *   <li>only one of them, once: it is the decimal separator, so {@code 1,234} is 1.234 (a person
 *       who meant a thousand would have written {@code 1 234});
 *   <li>only one of them, more than once: it groups, and there is no decimal part
 *       ({@code 1,234,567});
 *   <li>both: the last one written is the decimal separator and the other groups
 *       ({@code 1.234,5} and {@code 1,234.5} are both 1234.5).
 * </ul>
 * A number may be grouped in one way only: spaces together with a grouping {@code ,} or {@code .}
 * are rejected, since such a value is more likely a typing error than a number.
 */
public final class NumberValue {

    // Values are stored as numeric(38,12): 12 decimals, so at most 26 digits before the point.
    static final int MAX_SCALE = 12;
    static final int MAX_INTEGER_DIGITS = 26;

    private NumberValue() {}

    /**
     * The number with the scale as written (so {@code 12,50} has scale 2; more than 12 decimals
     * are rounded half up to 12), or null for an empty cell. Write it with
     * {@link BigDecimal#toPlainString()}: {@code toString()} uses exponent form for tiny values.
     *
     * @throws InvalidValueException {@code value.number} if the cell is not a number by the rules
     */
    public static BigDecimal parse(String raw) {
        if (Blanks.isBlank(raw)) {
            return null;
        }
        String text = dropPercent(Blanks.strip(raw));
        boolean negative = false;
        char first = text.charAt(0);
        if (first == '-' || first == '+' || first == '\u2212') {
            // U+2212 is the minus sign NumberFormat and some web pages produce for sv-SE.
            negative = first != '+';
            text = text.substring(1);
        }
        checkCharacters(text);
        BigDecimal number = new Digits(text).toBigDecimal();
        if (number.scale() > MAX_SCALE) {
            number = number.setScale(MAX_SCALE, RoundingMode.HALF_UP);
        }
        if (number.precision() - number.scale() > MAX_INTEGER_DIGITS) {
            throw invalid();
        }
        return negative ? number.negate() : number;
    }

    /** Drops one trailing {@code %} and any spaces before it: {@code 45 %} is 45, not 0.45. */
    private static String dropPercent(String text) {
        if (!text.endsWith("%")) {
            return text;
        }
        String rest = Blanks.strip(text.substring(0, text.length() - 1));
        if (rest.isEmpty()) {
            throw invalid();
        }
        return rest;
    }

    /**
     * Only digits, separators and group spaces; a digit or separator first (so {@code - 5} with a
     * space after the sign fails) and a digit last (so {@code 5,} fails).
     */
    private static void checkCharacters(String text) {
        if (text.isEmpty() || isGroupSpace(text.charAt(0)) || !isDigit(text.charAt(text.length() - 1))) {
            throw invalid();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isDigit(c) && c != ',' && c != '.' && !isGroupSpace(c)) {
                throw invalid();
            }
        }
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The three spaces look alike on screen, so they count as one kind of grouping. */
    static boolean isGroupSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F';
    }

    static InvalidValueException invalid() {
        return new InvalidValueException("value.number");
    }

    /** Splits unsigned text of digits, separators and spaces into integer and fraction digits. */
    private static final class Digits {

        private static final Pattern SPACES = Pattern.compile("[ \u00A0\u202F]");

        private final String integerDigits;
        private final String fractionDigits;

        Digits(String text) {
            int commas = count(text, ',');
            int points = count(text, '.');
            char decimal = 0;
            char group = 0;
            if (commas > 0 && points > 0) {
                decimal = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
                group = decimal == ',' ? '.' : ',';
                if (count(text, decimal) > 1) {
                    throw invalid();
                }
            } else if (commas + points == 1) {
                decimal = commas == 1 ? ',' : '.';
            } else if (commas + points > 1) {
                group = commas > 0 ? ',' : '.';
            }
            boolean spaces = text.chars().anyMatch(c -> isGroupSpace((char) c));
            if (group != 0 && spaces) {
                throw invalid();
            }
            String integerPart = text;
            String fractionPart = "";
            if (decimal != 0) {
                int at = text.indexOf(decimal);
                integerPart = text.substring(0, at);
                fractionPart = text.substring(at + 1);
                if (!allDigits(fractionPart)) {
                    throw invalid();
                }
            }
            this.integerDigits = ungroup(integerPart, group);
            this.fractionDigits = fractionPart;
        }

        BigDecimal toBigDecimal() {
            String integer = integerDigits.isEmpty() ? "0" : integerDigits;
            return new BigDecimal(fractionDigits.isEmpty() ? integer : integer + "." + fractionDigits);
        }

        /**
         * The digits of the integer part without its group separators (the punctuation
         * {@code group}, or else spaces). Empty is allowed only ungrouped, for {@code ,5}.
         */
        private static String ungroup(String integerPart, char group) {
            String[] groups = group != 0
                    ? integerPart.split(Pattern.quote(String.valueOf(group)), -1)
                    : SPACES.split(integerPart, -1);
            if (groups.length == 1) {
                if (!allDigits(groups[0]) && !groups[0].isEmpty()) {
                    throw invalid();
                }
                return groups[0];
            }
            if (groups[0].isEmpty() || groups[0].length() > 3 || !allDigits(groups[0])) {
                throw invalid();
            }
            StringBuilder digits = new StringBuilder(groups[0]);
            for (int i = 1; i < groups.length; i++) {
                if (groups[i].length() != 3 || !allDigits(groups[i])) {
                    throw invalid();
                }
                digits.append(groups[i]);
            }
            return digits.toString();
        }

        private static boolean allDigits(String s) {
            if (s.isEmpty()) {
                return false;
            }
            for (int i = 0; i < s.length(); i++) {
                if (!isDigit(s.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        private static int count(String s, char c) {
            int n = 0;
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == c) {
                    n++;
                }
            }
            return n;
        }
    }
}
