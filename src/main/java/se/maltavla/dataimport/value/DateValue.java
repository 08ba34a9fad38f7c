package se.maltavla.dataimport.value;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;
import se.maltavla.shared.Blanks;
import se.maltavla.shared.InvalidValueException;

/** A date cell: ISO {@code YYYY-MM-DD} only (docs/import-contract.md §1, "Values"). */
public final class DateValue {

    // The shape is checked first because the formatter alone is lenient about width:
    // "uuuu" would also take a five-digit or signed year.
    private static final Pattern SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    // STRICT with "uuuu" (not "yyyy", which needs an era in STRICT mode) rejects 2016-02-30
    // instead of quietly making it 2016-02-29.
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private DateValue() {}

    /**
     * The date, or null for an empty cell.
     *
     * @throws InvalidValueException {@code value.date} for any other form or an impossible date
     */
    public static LocalDate parse(String raw) {
        if (Blanks.isBlank(raw)) {
            return null;
        }
        String value = Blanks.strip(raw);
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("value.date");
        }
        try {
            return LocalDate.parse(value, ISO);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("value.date");
        }
    }
}
