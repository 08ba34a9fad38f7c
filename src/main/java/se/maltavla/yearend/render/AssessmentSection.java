package se.maltavla.yearend.render;

import java.util.stream.Collectors;
import se.maltavla.fulfilment.IndicatorFigures;
import se.maltavla.yearend.content.GoalAtRisk;
import se.maltavla.yearend.content.IndicatorLine;
import se.maltavla.yearend.content.Unassessed;
import se.maltavla.yearend.content.YearEndReport;

/** What could not be assessed and why, and the goals the trend forecast puts at risk. */
final class AssessmentSection {

    static final String NOT_ASSESSED = "inte-bedomt";
    static final String AT_RISK = "risk";

    private AssessmentSection() {}

    static void notAssessed(Xhtml x, ReportTexts t, YearEndReport report) {
        x.open("section", "id", NOT_ASSESSED).element("h2", t.get("report.unassessed"));
        if (report.unassessed().isEmpty()) {
            x.element("p", t.get("report.unassessed.none")).close("section");
            return;
        }
        x.element("p", t.get("report.unassessed.lead", t.date(report.heading().evaluationDate())));
        Cells.openTable(
                x,
                "unassessed-table",
                t.get("report.unassessed.table"),
                t.get("report.column.subject"),
                t.get("report.column.committee"),
                t.get("report.column.status"),
                t.get("report.column.why"));
        for (Unassessed item : report.unassessed()) {
            x.open("tr");
            Cells.rowHeader(
                    x,
                    t.get("report.level." + item.row().level().code()) + " "
                            + Cells.named(item.row().code(), item.row().name()));
            Cells.cell(x, item.committee());
            Cells.statusCell(x, t, item.row().status());
            Cells.cell(
                    x,
                    item.causes().stream()
                            .map(c -> (c.code() == null ? "" : c.code() + ": ")
                                    + t.get(
                                            "report.why." + c.why().name().toLowerCase(java.util.Locale.ROOT),
                                            t.date(report.heading().evaluationDate())))
                            .collect(Collectors.joining(" ")));
            x.close("tr");
        }
        Cells.closeTable(x);
        x.close("section");
    }

    /**
     * The forecast value with two decimals and its progress towards the target: "4,96 st (99,2 %)".
     * Two decimals, so that a forecast just short of the target does not read as the target itself.
     */
    private static String forecast(ReportTexts t, IndicatorLine line) {
        IndicatorFigures.Forecast forecast = line.figures().forecast();
        if (forecast.value() == null) {
            return "–";
        }
        String value = t.decimals(forecast.value(), 2) + (line.unit() == null ? "" : "\u00A0" + line.unit());
        return forecast.progress() == null
                ? value
                : value + " (" + t.percent(se.maltavla.fulfilment.Percents.percent(forecast.progress())) + ")";
    }

    static void atRisk(Xhtml x, ReportTexts t, YearEndReport report) {
        x.open("section", "id", AT_RISK).element("h2", t.get("report.risk"));
        x.element("p", t.get("report.risk.lead"));
        if (report.atRisk().isEmpty()) {
            x.element("p", t.get("report.risk.none")).close("section");
            return;
        }
        x.element("p", t.get("report.risk.count", report.atRisk().size()));
        Cells.openTable(
                x,
                "risk-table",
                t.get("report.risk.table"),
                t.get("report.column.goal"),
                t.get("report.column.indicator"),
                t.get("report.column.value"),
                t.get("report.column.forecast"),
                t.get("report.column.target"),
                t.get("report.column.targetdate"));
        for (GoalAtRisk risk : report.atRisk()) {
            for (IndicatorLine line : risk.atRisk()) {
                IndicatorFigures f = line.figures();
                x.open("tr");
                Cells.rowHeader(
                        x,
                        Cells.named(risk.goal().row().code(), risk.goal().row().name()) + " ("
                                + risk.goal().committee() + ")");
                Cells.cell(x, Cells.named(line.row().code(), line.row().name()));
                Cells.cell(x, GoalsTable.value(t, line));
                Cells.numberCell(x, forecast(t, line));
                Cells.numberCell(x, GoalsTable.target(t, line));
                Cells.cell(x, t.date(f.targetDate()));
                x.close("tr");
            }
        }
        Cells.closeTable(x);
        x.close("section");
    }
}
