package se.maltavla.dashboard.ui.goal;

import java.io.Writer;
import java.util.List;
import se.maltavla.actionplan.Indicator;
import se.maltavla.actionplan.Measurement;
import se.maltavla.fulfilment.PlanYearResults;
import se.maltavla.shared.csv.ExcelCsv;

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
        PlanYearResults results = page.results();
        Indicator plan = page.plan();
        try (ExcelCsv csv = new ExcelCsv(out, HEADER)) {
            for (Measurement value : plan.values()) {
                csv.row(
                        results.municipality(),
                        results.year(),
                        results.evaluationDate().toString(),
                        plan.code(),
                        plan.name(),
                        plan.type(),
                        plan.unit(),
                        value.period(),
                        value.periodEnd().toString(),
                        value.valueYes() != null ? (value.valueYes() ? "ja" : "nej") : value.valueNumber(),
                        value.comment(),
                        value.reportedBy(),
                        value.source() == null ? null : value.source().fileName(),
                        value.source() == null ? null : value.source().line(),
                        page.used(value) ? "ja" : "nej",
                        plan.baseline(),
                        GoalCsv.target(plan),
                        plan.targetDate() == null ? null : plan.targetDate().toString());
            }
        }
    }
}
