package se.maltavla.dataimport;

/** An upload the inbox does not take; {@link #reason()} says why, for a message in the user's language. */
public class UploadRejectedException extends RuntimeException {

    /** Why an upload was refused. */
    public enum Reason {
        /** The name does not end in .csv. */
        NOT_CSV,
        /** Larger than {@link ImportService#uploadLimitBytes()}. */
        TOO_LARGE
    }

    private final Reason reason;
    private final String fileName;

    public UploadRejectedException(Reason reason, String fileName) {
        super(reason + ": " + fileName);
        this.reason = reason;
        this.fileName = fileName;
    }

    public Reason reason() {
        return reason;
    }

    /** The name as the user gave it. */
    public String fileName() {
        return fileName;
    }
}
