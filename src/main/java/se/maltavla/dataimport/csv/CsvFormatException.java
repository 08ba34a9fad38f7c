package se.maltavla.dataimport.csv;

/**
 * The file cannot be read as CSV from {@link #line()} on: a quote never closed, or a cell, a row
 * or a row's number of columns beyond {@link CsvLimits}. The whole file is rejected with the
 * message {@link #reasonKey()} (arguments: the line, then the limit where there is one).
 */
public final class CsvFormatException extends RuntimeException {

    private final long line;
    private final String reasonKey;
    private final Integer limit;

    public CsvFormatException(long line, Throwable cause) {
        this(line, "file.quotes", null, cause);
    }

    CsvFormatException(long line, String reasonKey, Integer limit, Throwable cause) {
        super("CSV format error (" + reasonKey + ") from line " + line, cause);
        this.line = line;
        this.reasonKey = reasonKey;
        this.limit = limit;
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
        return limit == null ? new Object[] {line} : new Object[] {line, limit};
    }
}
