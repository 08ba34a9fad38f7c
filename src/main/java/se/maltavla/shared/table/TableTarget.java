package se.maltavla.shared.table;

import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import se.maltavla.shared.csv.ExcelCsv;

/**
 * Where an export's table goes: CSV in the export's dialect or a typed workbook. An export is
 * written once against this and offered in both forms, with the same columns and rows.
 */
@FunctionalInterface
public interface TableTarget {

    /** Starts the table with its header row. */
    TableWriter open(List<String> header);

    /** CSV in the export's dialect (docs/import-contract.md §9). */
    static TableTarget csv(Writer out) {
        return header -> new ExcelCsv(out, header);
    }

    /** An .xlsx workbook of one sheet named {@code sheet} (docs/design-decisions/0021-typed-workbook-exports.md). */
    static TableTarget workbook(OutputStream out, String sheet) {
        return header -> new WorkbookTable(out, sheet, header);
    }
}
