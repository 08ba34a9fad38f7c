package se.maltavla.dataimport.csv;

/** The file breaks CSV's quoting rules from {@link #line()} on (e.g. a quote never closed). */
public final class CsvFormatException extends RuntimeException {

    private final long line;

    public CsvFormatException(long line, Throwable cause) {
        super("CSV format error from line " + line + ": " + cause.getMessage(), cause);
        this.line = line;
    }

    public long line() {
        return line;
    }
}
