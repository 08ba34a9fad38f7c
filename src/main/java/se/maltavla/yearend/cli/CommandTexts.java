package se.maltavla.yearend.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import se.maltavla.shared.InvalidValueException;
import se.maltavla.shared.MunicipalityCode;
import se.maltavla.yearend.YearEndException;

/**
 * The command line's words in the language asked for (i18n/yearend-cli, and i18n/yearend for why a
 * lock or reopening cannot be done), and the reading of its arguments with a message for each mistake.
 */
public final class CommandTexts {

    private final MessageSource messages;
    private final Locale locale;

    CommandTexts(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** Why the year-end refused, in words. */
    public String of(YearEndException e) {
        return get(e.key(), e.args());
    }

    /** {@code KOMMUN}: four digits (fewer are padded, as the import does). */
    public String municipality(String raw) {
        try {
            return MunicipalityCode.parse(raw).value();
        } catch (InvalidValueException e) {
            throw new ArgumentException(get("cli.error.municipality", raw));
        }
    }

    public int year(String raw) {
        if (raw == null || !raw.matches("[0-9]{4}")) {
            throw new ArgumentException(get("cli.error.year", raw));
        }
        return Integer.parseInt(raw);
    }

    /** {@code --date}: null when not given. */
    public LocalDate date(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw new ArgumentException(get("cli.error.date", raw));
        }
    }

    /** {@code --version}: null when not given, else a whole number from 1. */
    public Integer version(String raw) {
        if (raw == null) {
            return null;
        }
        if (!raw.matches("[0-9]{1,6}") || Integer.parseInt(raw) < 1) {
            throw new ArgumentException(get("cli.error.version", raw));
        }
        return Integer.parseInt(raw);
    }

    /** An argument that cannot be read: its message says what to write instead. */
    public static final class ArgumentException extends RuntimeException {

        ArgumentException(String message) {
            super(message, null, false, false);
        }
    }
}
