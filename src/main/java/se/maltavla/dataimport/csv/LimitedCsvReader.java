package se.maltavla.dataimport.csv;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Passes a file's characters to the CSV parser while following its quoting (RFC 4180: a quote
 * opens a quoted cell only at the start of a cell; {@code ""} inside is a quote), and stops with
 * a {@link CsvLimitExceededException} as soon as a cell, a row or a row's number of cells passes
 * {@link CsvLimits}. The parser never holds more than one row of bounded size.
 *
 * <p>Lines are counted as the parser counts them (CRLF, LF or a lone CR end a line), so the line
 * named in the message is the physical line where the offending row starts.
 */
final class LimitedCsvReader extends FilterReader {

    private final char delimiter;
    private final int maxCell;
    private final int maxRow;
    private final int maxColumns;

    private long line = 1;
    private long rowStartLine = 1;
    private boolean previousWasCr;
    private boolean cellStart = true;
    private boolean quoted;
    private boolean quoteInQuoted;
    private int cellChars;
    private int rowChars;
    private int cells = 1;

    LimitedCsvReader(Reader in, char delimiter) {
        this(in, delimiter, CsvLimits.MAX_CELL_CHARS, CsvLimits.MAX_ROW_CHARS, CsvLimits.MAX_COLUMNS);
    }

    LimitedCsvReader(Reader in, char delimiter, int maxCell, int maxRow, int maxColumns) {
        super(in);
        this.delimiter = delimiter;
        this.maxCell = maxCell;
        this.maxRow = maxRow;
        this.maxColumns = maxColumns;
    }

    @Override
    public int read() throws IOException {
        int c = in.read();
        if (c >= 0) {
            follow((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        for (int i = offset; i < offset + n; i++) {
            follow(buffer[i]);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        char[] discard = new char[(int) Math.min(n, 8192)];
        long skipped = 0;
        while (skipped < n) {
            int read = read(discard, 0, (int) Math.min(discard.length, n - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void follow(char c) throws CsvLimitExceededException {
        boolean lineBreak = c == '\n' ? !previousWasCr : c == '\r';
        previousWasCr = c == '\r';
        if (quoted) {
            if (quoteInQuoted) {
                quoteInQuoted = false;
                if (c == '"') {
                    count(1);
                    return;
                }
                quoted = false;
                // the quote closed the cell: c is read as outside quotes below
            } else {
                if (c == '"') {
                    quoteInQuoted = true;
                } else {
                    count(1);
                }
                if (lineBreak) {
                    line++;
                }
                return;
            }
        }
        if (c == delimiter) {
            rowChars++;
            cellChars = 0;
            cellStart = true;
            if (++cells > maxColumns) {
                throw new CsvLimitExceededException(rowStartLine, "file.toomanycolumns", maxColumns);
            }
            checkRow();
        } else if (c == '\n' || c == '\r') {
            if (lineBreak) {
                line++;
            }
            rowStartLine = line;
            rowChars = 0;
            cellChars = 0;
            cells = 1;
            cellStart = true;
        } else if (c == '"' && cellStart) {
            quoted = true;
            cellStart = false;
            rowChars++;
            checkRow();
        } else {
            cellStart = false;
            count(1);
        }
    }

    private void count(int chars) throws CsvLimitExceededException {
        cellChars += chars;
        rowChars += chars;
        if (cellChars > maxCell) {
            throw new CsvLimitExceededException(rowStartLine, "file.celltoolong", maxCell);
        }
        checkRow();
    }

    private void checkRow() throws CsvLimitExceededException {
        if (rowChars > maxRow) {
            throw new CsvLimitExceededException(rowStartLine, "file.rowtoolong", maxRow);
        }
    }
}
