package se.maltavla.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.maltavla.dataimport.value.InvalidValueException;

/**
 * A reporting period of a measured value (import-format.md §4) and the date it ends. The
 * normalised code is upper-case with Q for quarters (K1 = Q1) and two-digit months.
 */
public record Period(String code, int year, LocalDate end, Kind kind) {

    /** Period lengths; a lower rank is a longer period and wins a tie on the end date. */
    public enum Kind {
        YEAR(1), HALF_YEAR(2), TERTIAL(3), QUARTER(4), MONTH(5);

        private final int rank;

        Kind(int rank) {
            this.rank = rank;
        }

        public int rank() {
            return rank;
        }

        public static Kind ofRank(int rank) {
            return values()[rank - 1];
        }
    }

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(?:([THQK])(\\d)|(\\d{1,2})))?");

    public static Period parse(String raw) {
        String s = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        Matcher m = FORM.matcher(s);
        if (!m.matches()) {
            throw invalid();
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 1900 || year > 2999) {
            throw invalid();
        }
        if (m.group(2) == null && m.group(4) == null) {
            return new Period(String.valueOf(year), year, LocalDate.of(year, 12, 31), Kind.YEAR);
        }
        if (m.group(4) != null) {
            int month = Integer.parseInt(m.group(4));
            if (month < 1 || month > 12) {
                throw invalid();
            }
            return new Period(String.format("%d-%02d", year, month), year, YearMonth.of(year, month).atEndOfMonth(), Kind.MONTH);
        }
        int n = Integer.parseInt(m.group(3));
        return switch (m.group(2)) {
            case "T" -> part(year, n, 3, 4, "T", Kind.TERTIAL);
            case "H" -> part(year, n, 2, 6, "H", Kind.HALF_YEAR);
            default -> part(year, n, 4, 3, "Q", Kind.QUARTER);
        };
    }

    private static Period part(int year, int n, int parts, int months, String letter, Kind kind) {
        if (n < 1 || n > parts) {
            throw invalid();
        }
        return new Period(year + "-" + letter + n, year, YearMonth.of(year, n * months).atEndOfMonth(), kind);
    }

    /** The plan year a value of this period belongs to: the year in which the period ends. */
    public int planYear() {
        return year;
    }

    private static InvalidValueException invalid() {
        return new InvalidValueException("value.period");
    }
}
