package se.maltavla.dashboard.ui.goal;

import java.io.Writer;
import java.util.List;
import se.maltavla.actionplan.Indicator;
import se.maltavla.actionplan.Measurement;
import se.maltavla.dashboard.ui.ExportWords;
import se.maltavla.fulfilment.PlanYearResults;
import se.maltavla.shared.table.Cell;
import se.maltavla.shared.table.TableTarget;
import se.maltavla.shared.table.TableWriter;

/** The indicator view's values as CSV in the export dialect: each value with its source file and line. */
final class IndicatorCsv {

    static final List<String> HEADER = List.of(
            "kommun",
            "ar",
            "datum",
            "indikator_kod",
            "indikator",
            "typ",
            "enhet",
            "period",
            "period_slut",
            "varde",
            "kommentar",
            "rapporterad_av",
            "fil",
            "rad",
            "anvands",
            "utgangsvarde",
            "malvarde",
            "maldatum");

    private IndicatorCsv() {}

    static void write(IndicatorPage page, Writer out) {
        write(page, ExportWords.CODES, TableTarget.csv(out));
    }

    static void write(IndicatorPage page, ExportWords words, TableTarget out) {
        PlanYearResults results = page.results();
        Indicator plan = page.plan();
        try (TableWriter csv = out.open(HEADER)) {
            for (Measurement value : plan.values()) {
                csv.row(
                        results.municipality(),
                        results.year(),
                        Cell.date(results.evaluationDate()),
                        plan.code(),
                        plan.name(),
                        plan.type(),
                        plan.unit(),
                        value.period(),
                        Cell.date(value.periodEnd()),
                        value.valueYes() != null ? (value.valueYes() ? "ja" : "nej") : value.valueNumber(),
                        value.comment(),
                        value.reportedBy(),
                        value.source() == null ? null : value.source().fileName(),
                        value.source() == null ? null : value.source().line(),
                        page.used(value) ? "ja" : "nej",
                        plan.baseline(),
                        GoalCsv.target(plan),
                        Cell.date(plan.targetDate()));
            }
        }
    }
}
