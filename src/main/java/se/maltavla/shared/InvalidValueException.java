package se.maltavla.shared;

/**
 * A cell value that does not follow the import format (docs/import-contract.md §1, "Values").
 *
 * <p>Carries a message-bundle key ({@code value.number}, {@code value.date}, {@code value.yesno},
 * {@code value.municipality}, {@code value.period}, {@code value.word}, {@code value.required})
 * and its arguments, not a finished text: the import writes rejections in the run's language,
 * which the parser does not know.
 */
public class InvalidValueException extends RuntimeException {

    private final String reasonKey;
    private final Object[] args;

    public InvalidValueException(String reasonKey, Object... args) {
        super(reasonKey);
        this.reasonKey = reasonKey;
        this.args = args == null ? new Object[0] : args.clone();
    }

    /** The message-bundle key saying what is wrong, e.g. {@code value.number}. */
    public String reasonKey() {
        return reasonKey;
    }

    /** Arguments for the message ({@code value.word}: the allowed words joined by ", "). */
    public Object[] args() {
        return args.clone();
    }
}
