package se.maltavla.fulfilment.export;

import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import se.maltavla.fulfilment.Percents;
import se.maltavla.shared.table.Cell;
import se.maltavla.shared.table.TableTarget;
import se.maltavla.shared.table.TableWriter;

/**
 * The results export of docs/import-contract.md §9, column by column. Rows are written by the caller
 * through {@link #row}; this class knows the columns, their order and how each is written. The same
 * rows go to CSV (the contract: codes, percents rounded to one decimal) or to a workbook (the
 * same columns; fractions unrounded shown as percent, statuses in words).
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

    private final TableWriter csv;
    private final UnaryOperator<String> statusWords;

    public ResultsExport(Writer out) {
        this(TableTarget.csv(out), code -> code);
    }

    /** @param statusWords a status code's word in the reader's language (the CSV writes the code) */
    public ResultsExport(TableTarget target, UnaryOperator<String> statusWords) {
        this.csv = target.open(COLUMNS);
        this.statusWords = statusWords;
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
                Cell.fraction(fulfilment, Percents.format(fulfilment)),
                Cell.word(status, statusWords.apply(status)),
                Cell.percent(coverage, Percents.formatPercent(coverage)),
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
