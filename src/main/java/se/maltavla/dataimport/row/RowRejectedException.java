package se.maltavla.dataimport.row;

/**
 * Thrown while validating one row: the row is rejected for the given column (canonical name, or
 * null for the whole row) and raw value, with a message key and its arguments.
 */
public final class RowRejectedException extends RuntimeException {

    private final String column;
    private final String value;
    private final String reasonKey;
    private final transient Object[] args;

    public RowRejectedException(String column, String value, String reasonKey, Object... args) {
        super(reasonKey, null, false, false);
        this.column = column;
        this.value = value;
        this.reasonKey = reasonKey;
        this.args = args;
    }

    public String column() {
        return column;
    }

    public String value() {
        return value;
    }

    public String reasonKey() {
        return reasonKey;
    }

    public Object[] args() {
        return args;
    }
}
