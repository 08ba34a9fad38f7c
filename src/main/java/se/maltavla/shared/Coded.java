package se.maltavla.shared;

import java.util.Optional;

/**
 * An enum with a stable code (export, API, database, the import's fixed words): every lookup of a
 * constant by its code goes through {@link #fromCode} (a code that must be known) or {@link #find}
 * (a code that may not be).
 */
public interface Coded {

    /** The stable code. */
    String code();

    /**
     * The constant of {@code type} with the given code.
     *
     * @param what what the code names, for the message ("status", "forecast status", …)
     * @throws IllegalArgumentException for any other code
     */
    static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code, String what) {
        return find(type, code).orElseThrow(() -> new IllegalArgumentException("Unknown " + what + " code: " + code));
    }

    /** The constant of {@code type} with the given code, if there is one. */
    static <E extends Enum<E> & Coded> Optional<E> find(Class<E> type, String code) {
        for (E constant : type.getEnumConstants()) {
            if (constant.code().equals(code)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
