package se.maltavla.dataimport.value;

/** A value the import format does not accept; {@link #reasonKey()} names the message. */
public final class InvalidValueException extends RuntimeException {

    private final String reasonKey;
    private final transient Object[] args;

    public InvalidValueException(String reasonKey, Object... args) {
        super(reasonKey, null, false, false);
        this.reasonKey = reasonKey;
        this.args = args;
    }

    public String reasonKey() {
        return reasonKey;
    }

    public Object[] args() {
        return args;
    }
}
