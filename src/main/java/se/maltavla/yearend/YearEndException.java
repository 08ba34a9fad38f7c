package se.maltavla.yearend;

/**
 * A lock or reopening that cannot be done, with a message key (i18n/yearend) and its arguments:
 * an unknown municipality or plan year, a year already locked, one not locked, a missing reason.
 */
public class YearEndException extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    public YearEndException(String key, Object... args) {
        super(key, null, false, false);
        this.key = key;
        this.args = args;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args;
    }
}
