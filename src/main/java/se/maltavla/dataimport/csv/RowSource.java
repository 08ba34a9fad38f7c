package se.maltavla.dataimport.csv;

import java.io.Closeable;

/**
 * A file's rows, one at a time, as the row importers take them: a CSV file ({@link CsvRowReader})
 * or one sheet of an Excel workbook (se.maltavla.dataimport.xlsx). Blank rows are skipped; the
 * first non-blank row is the header. {@link #recordsConsumed()} and {@link #skipTo(long)} let a
 * restarted import continue exactly after what an earlier attempt consumed.
 */
public interface RowSource extends Closeable {

    /** The header row, or null when there is none. */
    Header header();

    /** The line (CSV) or row number as Excel shows it (workbook) of the header. */
    long headerLine();

    /** The next data row, or null at the end. Throws {@link CsvFormatException} for a fault of the file. */
    CsvRow next();

    void skipTo(long count);

    long recordsConsumed();

    @Override
    void close();

    /** Reads all rows once to check the file before anything is stored; returns the number of data rows. */
    default long countRows() {
        long rows = 0;
        while (next() != null) {
            rows++;
        }
        return rows;
    }
}
