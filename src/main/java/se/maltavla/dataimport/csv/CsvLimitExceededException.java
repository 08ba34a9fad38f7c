package se.maltavla.dataimport.csv;

import java.io.IOException;

/**
 * Thrown by {@link LimitedCsvReader} when a cell, a row or a row's number of columns exceeds
 * {@link CsvLimits}. An {@link IOException} because it surfaces through the CSV parser's reader.
 */
final class CsvLimitExceededException extends IOException {

    private final long line;
    private final String reasonKey;
    private final int limit;

    CsvLimitExceededException(long line, String reasonKey, int limit) {
        super(reasonKey + " at line " + line, null);
        this.line = line;
        this.reasonKey = reasonKey;
        this.limit = limit;
    }

    long line() {
        return line;
    }

    String reasonKey() {
        return reasonKey;
    }

    int limit() {
        return limit;
    }
}
