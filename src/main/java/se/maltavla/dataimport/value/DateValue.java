package se.maltavla.dataimport.value;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** ISO dates {@code YYYY-MM-DD}, strictly: {@code 2016-02-30} is not a date. */
public final class DateValue {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private DateValue() {}

    /** The date, or null for an empty value. */
    public static LocalDate parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip(), ISO);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("value.date");
        }
    }
}
