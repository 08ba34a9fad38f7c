package se.maltavla.fulfilment.calculator;

/** An enum with a stable code (export, API, database), looked up by {@link #fromCode}. */
interface Coded {

    /** The stable code. */
    String code();

    /**
     * The constant of {@code type} with the given code.
     *
     * @param what what the code names, for the message ("status", "forecast status", …)
     * @throws IllegalArgumentException for any other code
     */
    static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code, String what) {
        for (E constant : type.getEnumConstants()) {
            if (constant.code().equals(code)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("Unknown " + what + " code: " + code);
    }
}
