package se.maltavla.dashboard.ui.alignment;

import java.io.Writer;
import java.util.List;
import se.maltavla.dashboard.ui.ExportWords;
import se.maltavla.fulfilment.AlignmentMatrix;
import se.maltavla.fulfilment.Percents;
import se.maltavla.fulfilment.PlanYearResults;
import se.maltavla.shared.table.Cell;
import se.maltavla.shared.table.TableTarget;
import se.maltavla.shared.table.TableWriter;
import se.maltavla.strategy.StrategyElement;

/** The matrix's export: one line per cell, in the export dialect (docs/import-contract.md §9). */
final class AlignmentCsv {

    static final List<String> HEADER = List.of(
            "kommun",
            "ar",
            "datum",
            "rad_typ",
            "rad_kod",
            "rad_namn",
            "kolumn_typ",
            "kolumn_grupp",
            "kolumn_kod",
            "kolumn_namn",
            "kopplad",
            "mal",
            "uppfyllelse_procent",
            "status",
            "indikatorer",
            "indikatorer_med_varde");

    private AlignmentCsv() {}

    static void write(AlignmentMatrix matrix, Writer out) {
        write(matrix, ExportWords.CODES, TableTarget.csv(out));
    }

    static void write(AlignmentMatrix matrix, ExportWords words, TableTarget out) {
        PlanYearResults results = matrix.results();
        try (TableWriter csv = out.open(HEADER)) {
            for (StrategyElement row : matrix.rows()) {
                for (AlignmentMatrix.ColumnGroup group : matrix.groups()) {
                    for (StrategyElement column : group.columns()) {
                        AlignmentMatrix.Cell cell = matrix.cell(row, column);
                        csv.row(
                                results.municipality(),
                                results.year(),
                                Cell.date(results.evaluationDate()),
                                row.type().code(),
                                row.code(),
                                row.name(),
                                column.type().code(),
                                group.name(),
                                column.code(),
                                column.name(),
                                cell.linked() ? "ja" : "nej",
                                cell.goals(),
                                Cell.fraction(
                                        cell.figures().fulfilment(),
                                        Percents.percent(cell.figures().fulfilment())),
                                words.status(cell.figures().status()),
                                cell.figures().indicators(),
                                cell.figures().indicatorsWithValue());
                    }
                }
            }
        }
    }
}
