package se.maltavla.dataimport.value;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as Swedish Excel writes them (import-format.md §1, Values): optional sign; digits
 * grouped by space, no-break space or narrow no-break space; decimal comma or point. A single
 * {@code ,} or {@code .} is the decimal separator ({@code 1,234} = 1.234). Where both occur, the
 * last is the decimal separator and the other groups. A separator occurring more than once
 * groups, and only if every group after the first has exactly three digits. A trailing
 * {@code %} is dropped. Parsed by hand: {@code NumberFormat} for sv-SE mis-reads ASCII minus and
 * plain spaces (stack notes).
 */
public final class NumberValue {

    private static final int MAX_SCALE = 12;
    private static final int MAX_INTEGER_DIGITS = 26;

    private NumberValue() {}

    /** The number, or null for an empty value (missing). */
    public static BigDecimal parse(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        if (s.isEmpty()) {
            return null;
        }
        if (s.endsWith("%")) {
            s = stripSpaces(s.substring(0, s.length() - 1));
            if (s.isEmpty()) {
                throw invalid();
            }
        }
        boolean negative = false;
        char first = s.charAt(0);
        if (first == '-' || first == '+' || first == '\u2212') {
            negative = first != '+';
            s = s.substring(1);
        }
        if (s.isEmpty() || !Character.isDigit(s.charAt(0)) && s.charAt(0) != ',' && s.charAt(0) != '.') {
            throw invalid();
        }
        String plain = normalise(s);
        BigDecimal value = new BigDecimal(plain);
        if (value.scale() > MAX_SCALE) {
            value = value.setScale(MAX_SCALE, RoundingMode.HALF_UP);
        }
        if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw invalid();
        }
        return negative ? value.negate() : value;
    }

    /** Digits with one optional '.' as decimal point, per the grouping rules; else invalid. */
    private static String normalise(String s) {
        int commas = count(s, ',');
        int points = count(s, '.');
        boolean spaces = s.indexOf(' ') >= 0 || s.indexOf('\u00A0') >= 0 || s.indexOf('\u202F') >= 0;
        char decimal = 0;
        char grouping = 0;
        if (commas > 0 && points > 0) {
            decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
            grouping = decimal == ',' ? '.' : ',';
            if (count(s, decimal) > 1 || s.indexOf(grouping, s.lastIndexOf(decimal)) >= 0) {
                throw invalid();
            }
        } else if (commas == 1 || points == 1) {
            decimal = commas == 1 ? ',' : '.';
        } else if (commas > 1 || points > 1) {
            grouping = commas > 1 ? ',' : '.';
        }
        if (spaces && grouping != 0) {
            throw invalid();
        }
        String integerPart = s;
        String fraction = "";
        if (decimal != 0) {
            int at = s.lastIndexOf(decimal);
            integerPart = s.substring(0, at);
            fraction = s.substring(at + 1);
            if (fraction.isEmpty() || !allDigits(fraction)) {
                throw invalid();
            }
        }
        String digits = groupedDigits(integerPart, spaces ? ' ' : grouping);
        return (digits.isEmpty() ? "0" : digits) + (fraction.isEmpty() ? "" : "." + fraction);
    }

    /** The integer part's digits; with a grouping character, groups after the first have three. */
    private static String groupedDigits(String part, char grouping) {
        if (grouping == 0) {
            if (!allDigits(part)) {
                throw invalid();
            }
            return part;
        }
        String[] groups = part.split(grouping == ' ' ? "[ \u00A0\u202F]" : java.util.regex.Pattern.quote(String.valueOf(grouping)), -1);
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < groups.length; i++) {
            String g = groups[i];
            boolean ok = i == 0 ? !g.isEmpty() && g.length() <= 3 && allDigits(g) : g.length() == 3 && allDigits(g);
            if (!ok) {
                throw invalid();
            }
            digits.append(g);
        }
        return digits.toString();
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
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

    private static String stripSpaces(String s) {
        return s.replaceAll("[ \u00A0\u202F]+$", "").strip();
    }

    private static InvalidValueException invalid() {
        return new InvalidValueException("value.number");
    }
}
