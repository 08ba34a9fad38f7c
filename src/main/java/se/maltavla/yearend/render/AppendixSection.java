package se.maltavla.yearend.render;

import se.maltavla.fulfilment.IndicatorFigures;
import se.maltavla.fulfilment.Thresholds;
import se.maltavla.yearend.content.IndicatorLine;
import se.maltavla.yearend.content.YearEndReport;

/**
 * The appendices: how the figures are computed, in words, with the thresholds in force
 * (docs/fulfilment.md), and every indicator with its value, period, source file and line.
 */
final class AppendixSection {

    static final String RULES = "berakning";
    static final String INDICATORS = "indikatorer";
    /** The rules in words, in order: message keys report.rules.N. */
    private static final int RULES_COUNT = 9;

    private AppendixSection() {}

    static void rules(Xhtml x, ReportTexts t, YearEndReport report) {
        Thresholds thresholds = report.heading().thresholds();
        x.open("section", "id", RULES, "class", "appendix").element("h2", t.get("report.rules"));
        x.element(
                "p",
                t.get(
                        report.heading().draft() ? "report.rules.draft" : "report.rules.locked",
                        t.date(report.heading().evaluationDate())));
        x.element(
                "p",
                t.get("report.rules.thresholds", t.percent(thresholds.upper()), t.percent(thresholds.lower())),
                "class",
                "thresholds");
        x.open("ol", "class", "rules");
        for (int i = 1; i <= RULES_COUNT; i++) {
            x.element(
                    "li",
                    t.get(
                            "report.rules." + i,
                            t.percent(thresholds.upper()),
                            t.percent(thresholds.lower()),
                            report.heading().year()));
        }
        x.close("ol");
        x.element("p", t.get("report.rules.more"));
        x.close("section");
    }

    static void indicators(Xhtml x, ReportTexts t, YearEndReport report) {
        x.open("section", "id", INDICATORS, "class", "appendix").element("h2", t.get("report.indicators"));
        x.element(
                "p",
                t.get(
                        "report.indicators.lead",
                        report.indicators().size(),
                        t.date(report.heading().evaluationDate())));
        Cells.openTable(
                x,
                "indicators-table",
                t.get("report.indicators.table", report.heading().year()),
                t.get("report.column.indicator"),
                t.get("report.column.goal"),
                t.get("report.column.value"),
                t.get("report.column.source"),
                t.get("report.column.fulfilment"),
                t.get("report.column.status"));
        for (IndicatorLine line : report.indicators()) {
            IndicatorFigures f = line.figures();
            x.open("tr");
            Cells.rowHeader(x, Cells.named(line.row().code(), line.row().name()));
            Cells.cell(x, line.goalCode());
            Cells.cell(x, GoalsTable.value(t, line));
            Cells.cell(
                    x,
                    f == null || f.source() == null
                            ? "–"
                            : t.get(
                                    "report.source",
                                    f.source().fileName(),
                                    f.source().line()));
            Cells.numberCell(x, t.percent(line.row().fulfilmentPercent()));
            Cells.statusCell(x, t, line.row().status());
            x.close("tr");
        }
        Cells.closeTable(x);
        x.close("section");
    }
}
