package se.maltavla.shared;

import se.maltavla.dataimport.value.InvalidValueException;

/** A municipality's official four-digit code (Ronneby 1081, Kungsbacka 1384). */
public record MunicipalityCode(String value) {

    public MunicipalityCode {
        if (value == null || !value.matches("\\d{4}")) {
            throw new IllegalArgumentException("A municipality code has four digits: " + value);
        }
    }

    /** Pads a shorter all-digit value with zeros: Excel turns 0114 into 114. */
    public static MunicipalityCode parse(String raw) {
        String s = raw == null ? "" : raw.strip();
        if (s.isEmpty()) {
            throw new InvalidValueException("value.required");
        }
        if (!s.matches("\\d{1,4}")) {
            throw new InvalidValueException("value.municipality");
        }
        return new MunicipalityCode("0".repeat(4 - s.length()) + s);
    }

    @Override
    public String toString() {
        return value;
    }
}
