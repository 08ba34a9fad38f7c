package se.maltavla.dataimport;

/** An upload the inbox does not take; {@link #reason()} says why, for a message in the user's language. */
public class UploadRejectedException extends RuntimeException {

    /** Why an upload was refused. */
    public enum Reason {
        /** The name ends in neither .csv nor .xlsx (.xlsm). */
        NOT_CSV,
        /** An older Excel workbook (.xls): to be saved as .xlsx. */
        OLD_EXCEL,
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
