package se.maltavla.template;

/**
 * A template that cannot be made, with a message key (i18n/template) and its arguments, and what
 * kind of refusal it is (the API answers 404, 409 or 503 by it).
 */
public class TemplateException extends RuntimeException {

    /** Why no template was made. */
    public enum Reason {
        /** The municipality, plan year or nämnd is not in Måltavla. */
        NOT_FOUND,
        /** The plan year the template would fill is locked at year-end: its rows would all be rejected. */
        LOCKED,
        /** More rows than a template holds: choose a nämnd. */
        TOO_LARGE,
        /** Every slot for building a workbook stayed busy: try again shortly. */
        BUSY
    }

    private final Reason reason;
    private final String key;
    private final transient Object[] args;

    public TemplateException(Reason reason, String key, Object... args) {
        super(key, null, false, false);
        this.reason = reason;
        this.key = key;
        this.args = args.clone();
    }

    public Reason reason() {
        return reason;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
