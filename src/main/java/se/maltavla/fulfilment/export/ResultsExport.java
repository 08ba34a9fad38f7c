package se.maltavla.fulfilment.export;

import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import se.maltavla.fulfilment.Percents;
import se.maltavla.shared.csv.ExcelCsv;

/**
 * The results export of docs/import-contract.md §9, column by column. Rows are written by the caller
 * through {@link #row}; this class knows the columns, their order and how each is written.
 */
public final class ResultsExport implements AutoCloseable {

    public static final List<String> COLUMNS = List.of(
            "niva",
            "kommun",
            "ar",
            "kod",
            "namn",
            "typ",
            "uppfyllelse_procent",
            "status",
            "tackning_procent",
            "indikatorer",
            "indikatorer_med_varde",
            "varde",
            "utgangsvarde",
            "malvarde");

    private final ExcelCsv csv;

    public ResultsExport(Writer out) {
        this.csv = new ExcelCsv(out, COLUMNS);
    }

    /**
     * One row. {@code fulfilment} is a fraction (0..1, unrounded) or null; {@code coverage} is a
     * percent (unrounded) or null; value, baseline and target are a BigDecimal, "ja"/"nej" or null.
     */
    public void row(
            String level,
            String municipality,
            int year,
            String code,
            String name,
            String type,
            BigDecimal fulfilment,
            String status,
            BigDecimal coverage,
            int indicators,
            int withValue,
            Object value,
            Object baseline,
            Object target) {
        csv.row(
                level,
                municipality,
                year,
                code,
                name,
                type,
                Percents.format(fulfilment),
                status,
                Percents.formatPercent(coverage),
                indicators,
                withValue,
                value,
                baseline,
                target);
    }

    @Override
    public void close() {
        csv.close();
    }
}
