package se.maltavla.dataimport.internal;

import java.nio.file.Path;
import se.maltavla.dataimport.csv.CsvRowReader;
import se.maltavla.dataimport.csv.Dialect;
import se.maltavla.dataimport.csv.RowSource;
import se.maltavla.dataimport.xlsx.Workbooks;

/** Opens a file's rows as CSV in its dialect, or as the named sheet of a workbook: one row model for both. */
final class RowSources {

    private RowSources() {}

    /** @param sheet the workbook's sheet, or null (or empty) for a CSV file */
    static RowSource open(Path file, Dialect dialect, String sheet) {
        return sheet == null || sheet.isEmpty() ? CsvRowReader.open(file, dialect) : Workbooks.open(file, sheet);
    }
}
