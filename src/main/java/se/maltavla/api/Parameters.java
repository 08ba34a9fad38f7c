package se.maltavla.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import se.maltavla.dataimport.value.InvalidValueException;
import se.maltavla.fulfilment.Level;
import se.maltavla.shared.MunicipalityCode;

/** The API's parameters, read strictly: anything else is a {@link BadParameterException} naming the parameter. */
final class Parameters {

    static final int MAX_LIMIT = 500;

    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
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

    /** {@code datum}: an ISO date (YYYY-MM-DD), a real one; null when not given. */
    static LocalDate date(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw new BadParameterException("datum", raw);
        }
    }

    /** {@code niva}: one of the results' levels; null (every level) when not given. */
    static Level level(String raw) {
        if (raw == null) {
            return null;
        }
        Level level = Level.fromCode(raw.trim());
        if (level == null) {
            throw new BadParameterException("niva", raw);
        }
        return level;
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
