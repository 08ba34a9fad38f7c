package se.maltavla.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/** A Swedish municipality's official four-digit code, e.g. Ronneby {@code 1081}. */
public record MunicipalityCode(String value) {

    private static final Pattern FOUR_DIGITS = Pattern.compile("[0-9]{4}");
    private static final Pattern UP_TO_FOUR_DIGITS = Pattern.compile("[0-9]{1,4}");

    public MunicipalityCode {
        Objects.requireNonNull(value, "value");
        if (!FOUR_DIGITS.matcher(value).matches()) {
            throw new InvalidValueException("value.municipality");
        }
    }

    /**
     * The code in a cell, trimmed. One to three digits are left-padded with zeros because Excel
     * reads {@code 0114} (Upplands Väsby) as the number 114 and writes it back without the zero.
     *
     * @throws InvalidValueException {@code value.required} for an empty cell,
     *     {@code value.municipality} for non-digits or more than four digits
     */
    public static MunicipalityCode parse(String raw) {
        if (Blanks.isBlank(raw)) {
            throw new InvalidValueException("value.required");
        }
        String digits = Blanks.strip(raw);
        if (!UP_TO_FOUR_DIGITS.matcher(digits).matches()) {
            throw new InvalidValueException("value.municipality");
        }
        return new MunicipalityCode("0".repeat(4 - digits.length()) + digits);
    }

    @Override
    public String toString() {
        return value;
    }
}
