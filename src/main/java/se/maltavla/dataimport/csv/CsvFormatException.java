package se.maltavla.dataimport.csv;

/**
 * The file cannot be read (as CSV, or as a workbook) from {@link #line()} on: a quote never closed, or a cell, a row
 * or a row's number of columns beyond {@link CsvLimits}. The whole file is rejected with the
 * message {@link #reasonKey()} (arguments: the line, then the limit where there is one).
 */
public final class CsvFormatException extends RuntimeException {

    private final long line;
    private final String reasonKey;
    private final Object[] args;

    public CsvFormatException(long line, Throwable cause) {
        this(line, "file.quotes", (Integer) null, cause);
    }

    CsvFormatException(long line, String reasonKey, Integer limit, Throwable cause) {
        this(line, reasonKey, limit == null ? new Object[] {line} : new Object[] {line, limit}, cause);
    }

    private CsvFormatException(long line, String reasonKey, Object[] args, Throwable cause) {
        super("File format error (" + reasonKey + ") from line " + line, cause);
        this.line = line;
        this.reasonKey = reasonKey;
        this.args = args;
    }

    /** A limit passed at a line (CSV) or row (workbook): arguments the line, then the limit. */
    public static CsvFormatException limit(long line, String reasonKey, int limit) {
        return new CsvFormatException(line, reasonKey, limit, null);
    }

    /** A fault of the whole file with the message's own arguments (a workbook's: sheet, row …). */
    public static CsvFormatException of(long line, String reasonKey, Throwable cause, Object... args) {
        return new CsvFormatException(line, reasonKey, args, cause);
    }

    static CsvFormatException of(CsvLimitExceededException limit) {
        return new CsvFormatException(limit.line(), limit.reasonKey(), limit.limit(), limit);
    }

    public long line() {
        return line;
    }

    public String reasonKey() {
        return reasonKey;
    }

    /** The message's arguments: the line, and the limit where one was passed. */
    public Object[] args() {
        return args.clone();
    }
}
