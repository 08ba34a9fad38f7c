package se.maltavla.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period of a measured value (docs/import-contract.md §4): a year, half year, tertial, quarter
 * or month, with the date it ends.
 *
 * @param code the normalised code: upper case, {@code K} written as {@code Q}, month with two
 *     digits ({@code 2016}, {@code 2016-H1}, {@code 2016-T2}, {@code 2016-Q3}, {@code 2016-05})
 * @param year the year the period lies in
 * @param end the last day of the period
 * @param kind how long the period is
 */
public record Period(String code, int year, LocalDate end, Kind kind) {

    /** Period kinds, longest first. */
    public enum Kind {
        YEAR(1),
        HALF_YEAR(2),
        TERTIAL(3),
        QUARTER(4),
        MONTH(5);

        private final int rank;

        Kind(int rank) {
            this.rank = rank;
        }

        /**
         * Lower is longer. Used where two periods end on the same day (2016, 2016-H2, 2016-T3,
         * 2016-Q4 and 2016-12): year wins, then half year, tertial, quarter, month.
         */
        public int rank() {
            return rank;
        }
    }

    private static final Pattern FORM = Pattern.compile("([0-9]{4})(?:-(?:([HTQK])([0-9])|([0-9]{1,2})))?");

    public Period {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * The period in a cell: {@code 2016}, {@code 2016-H1}/{@code H2}, {@code 2016-T1}…{@code T3},
     * {@code 2016-Q1}…{@code Q4} or {@code 2016-K1}…{@code K4} (kvartal), {@code 2016-05} or
     * {@code 2016-5}; trimmed, any case.
     *
     * @throws InvalidValueException {@code value.period} for anything else, an empty cell included
     */
    public static Period parse(String raw) {
        String text = raw == null ? "" : Blanks.strip(raw).toUpperCase(Locale.ROOT);
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw invalid();
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 1900 || year > 2999) {
            throw invalid();
        }
        if (m.group(2) != null) {
            return ofPart(year, m.group(2).charAt(0), m.group(3).charAt(0) - '0');
        }
        if (m.group(4) != null) {
            int month = Integer.parseInt(m.group(4));
            if (month < 1 || month > 12) {
                throw invalid();
            }
            return new Period(
                    "%d-%02d".formatted(year, month),
                    year,
                    YearMonth.of(year, month).atEndOfMonth(),
                    Kind.MONTH);
        }
        return new Period(String.valueOf(year), year, LocalDate.of(year, 12, 31), Kind.YEAR);
    }

    private static Period ofPart(int year, char letter, int number) {
        // K (kvartal) is the Swedish Q; one code per period keeps the key (kommun, indikator, period) unique.
        char normalised = letter == 'K' ? 'Q' : letter;
        Kind kind = switch (normalised) {
            case 'H' -> Kind.HALF_YEAR;
            case 'T' -> Kind.TERTIAL;
            default -> Kind.QUARTER;
        };
        int parts = switch (kind) {
            case HALF_YEAR -> 2;
            case TERTIAL -> 3;
            default -> 4;
        };
        if (number < 1 || number > parts) {
            throw invalid();
        }
        int lastMonth = number * 12 / parts;
        LocalDate end = YearMonth.of(year, lastMonth).atEndOfMonth();
        return new Period(year + "-" + normalised + number, year, end, kind);
    }

    /** The plan year the period's values belong to: the year in which it ends. */
    public int planYear() {
        return end.getYear();
    }

    private static InvalidValueException invalid() {
        return new InvalidValueException("value.period");
    }
}
