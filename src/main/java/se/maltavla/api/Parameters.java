package se.maltavla.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import se.maltavla.fulfilment.Level;
import se.maltavla.shared.InvalidValueException;
import se.maltavla.shared.MunicipalityCode;

/** The API's parameters, read strictly: anything else is a {@link BadParameterException} naming the parameter. */
final class Parameters {

    static final int MAX_LIMIT = 500;
    /** How many years after the plan year an evaluation date may be: far enough for any "today", not absurd. */
    static final int YEARS_AFTER = 100;

    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,18}");

    private Parameters() {}

    /** {@code kommun}: four digits; fewer are left-padded with zeros as the import does (Excel drops them). */
    static String municipality(String raw) {
        try {
            return MunicipalityCode.parse(raw).value();
        } catch (InvalidValueException e) {
            throw new BadParameterException("kommun", raw);
        }
    }

    /** {@code ar}: a plan year, four digits. */
    static int year(String raw) {
        if (raw == null || !YEAR.matcher(raw).matches()) {
            throw new BadParameterException("ar", raw);
        }
        return Integer.parseInt(raw);
    }

    /**
     * {@code datum}: a real date written YYYY-MM-DD, in the plan year {@code ar} or after it, at
     * most {@value #YEARS_AFTER} years after (a later date than Y-12-31 gives the figures of
     * Y-12-31; before the plan year no value counts, docs/fulfilment.md §1); null when not given.
     * When {@code ar} is not a year, only the date itself is checked ({@code ar} is reported).
     */
    static LocalDate date(String raw, String ar) {
        if (raw == null) {
            return null;
        }
        Integer year = ar != null && YEAR.matcher(ar).matches() ? Integer.valueOf(ar) : null;
        LocalDate date = null;
        if (DATE.matcher(raw).matches()) {
            try {
                date = LocalDate.parse(raw);
            } catch (DateTimeParseException e) {
                // not a date that exists: reported below
            }
        }
        if (year == null) {
            if (date == null) {
                throw new BadParameterException("datum", raw);
            }
            return date;
        }
        LocalDate first = firstDate(year);
        LocalDate last = lastDate(year);
        if (date == null || date.isBefore(first) || date.isAfter(last)) {
            throw new BadParameterException(
                    "datum",
                    raw,
                    "range",
                    first.toString(),
                    last.toString(),
                    LocalDate.of(year, 8, 31).toString(),
                    LocalDate.of(year, 12, 31).toString());
        }
        return date;
    }

    /** The earliest evaluation date the API takes for plan year {@code year}: its first day. */
    static LocalDate firstDate(int year) {
        return LocalDate.of(year, 1, 1);
    }

    /** The latest evaluation date the API takes for plan year {@code year}. */
    static LocalDate lastDate(int year) {
        return LocalDate.of(year + YEARS_AFTER, 12, 31);
    }

    /** {@code niva}: one of the results' levels; null (every level) when not given. */
    static Level level(String raw) {
        if (raw == null) {
            return null;
        }
        return Level.find(raw.trim()).orElseThrow(() -> new BadParameterException("niva", raw));
    }

    /** {@code limit}: 1 to {@value #MAX_LIMIT}. */
    static int limit(String raw) {
        long limit = wholeNumber(raw, "limit");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadParameterException("limit", raw);
        }
        return (int) limit;
    }

    /** {@code id}: a positive whole number. */
    static long id(String raw) {
        long id = wholeNumber(raw, "id");
        if (id < 1) {
            throw new BadParameterException("id", raw);
        }
        return id;
    }

    private static long wholeNumber(String raw, String parameter) {
        if (raw == null || !WHOLE_NUMBER.matcher(raw.trim()).matches()) {
            throw new BadParameterException(parameter, raw);
        }
        return Long.parseLong(raw.trim());
    }
}
