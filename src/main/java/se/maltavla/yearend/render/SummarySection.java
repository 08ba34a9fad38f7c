package se.maltavla.yearend.render;

import java.util.List;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.fulfilment.Status;
import se.maltavla.yearend.content.GoalLine;
import se.maltavla.yearend.content.ReportSummary;
import se.maltavla.yearend.content.YearEndReport;

/**
 * The summary a council reads first: the municipality's figure and status with coverage, the
 * goals per status ("4 av 15 mål uppfyllda, 6 delvis, …"), one line per priority area, and what
 * needs attention.
 */
final class SummarySection {

    static final String ID = "sammanfattning";

    private SummarySection() {}

    static void write(Xhtml x, ReportTexts t, YearEndReport report) {
        ReportSummary s = report.summary();
        x.open("section", "id", ID).element("h2", t.get("report.summary"));
        ResultRow municipality = s.municipality();
        x.open("p", "class", "figure lead-figure")
                .text(t.get(
                                "report.summary.municipality",
                                t.municipality(report.heading()),
                                t.date(report.heading().evaluationDate()))
                        + " ");
        if (municipality.fulfilmentPercent() != null) {
            x.element("span", t.percent(municipality.fulfilmentPercent()), "class", "percent")
                    .text(" ");
        }
        Cells.status(x, t, municipality.status());
        x.text(". " + Cells.coverage(t, municipality) + ".").close("p");
        x.element("p", counts(t, s), "class", "counts");
        areas(x, t, report);
        attention(x, t, s, report);
        x.close("section");
    }

    /** "4 av 15 mål uppfyllda, 6 delvis, 3 ej uppfyllda, 1 saknar värde, 1 inte mätbart." */
    static String counts(ReportTexts t, ReportSummary s) {
        return t.get(
                "report.counts",
                s.count(Status.UPPFYLLT),
                s.goals(),
                s.count(Status.DELVIS),
                s.count(Status.EJ_UPPFYLLT),
                s.count(Status.SAKNAS),
                s.count(Status.EJ_MATBAR));
    }

    private static void areas(Xhtml x, ReportTexts t, YearEndReport report) {
        ReportSummary s = report.summary();
        if (s.areas().isEmpty()) {
            x.element("p", t.get("report.areas.none"));
            return;
        }
        String type = Cells.areaKind(s.areaType());
        Cells.openTable(
                x,
                "areas-table",
                t.get("report.summary.areas." + type, report.heading().year()),
                t.get("report.column.area." + type),
                t.get("report.column.fulfilment"),
                t.get("report.column.status"),
                t.get("report.column.coverage"));
        for (ResultRow area : s.areas()) {
            x.open("tr");
            Cells.rowHeader(x, Cells.named(area.code(), area.name()));
            Cells.numberCell(x, t.percent(area.fulfilmentPercent()));
            Cells.statusCell(x, t, area.status());
            Cells.cell(
                    x,
                    area.indicators() == 0
                            ? "–"
                            : t.get(
                                    "report.coverage.short",
                                    area.indicatorsWithValue(),
                                    area.indicators(),
                                    t.percent(area.coveragePercent())));
            x.close("tr");
        }
        Cells.closeTable(x);
    }

    private static void attention(Xhtml x, ReportTexts t, ReportSummary s, YearEndReport report) {
        x.element("h3", t.get("report.attention"));
        boolean nothing = s.areasNeedingAttention().isEmpty()
                && s.committeesNeedingAttention().isEmpty()
                && s.goalsNeedingAttention().isEmpty();
        if (nothing) {
            x.element("p", t.get("report.attention.nothing"));
            return;
        }
        x.element("p", t.get("report.attention.lead"));
        rows(
                x,
                t,
                t.get(
                        "report.attention.areas." + Cells.areaKind(s.areaType()),
                        s.areasNeedingAttention().size()),
                s.areasNeedingAttention(),
                "attention-areas");
        rows(
                x,
                t,
                t.get(
                        "report.attention.committees",
                        s.committeesNeedingAttention().size()),
                s.committeesNeedingAttention(),
                "attention-committees");
        x.open("div", "class", "attention-group", "id", "attention-goals")
                .element(
                        "p",
                        t.get(
                                "report.attention.goals",
                                s.goalsNeedingAttention().size()),
                        "class",
                        "attention-heading");
        if (!s.goalsNeedingAttention().isEmpty()) {
            x.open("ul");
            for (GoalLine goal : s.goalsNeedingAttention()) {
                x.open("li").text(Cells.named(goal.row().code(), goal.row().name()) + " (" + goal.committee() + "): ");
                line(x, t, goal.row());
                x.close("li");
            }
            x.close("ul");
        }
        x.close("div");
    }

    private static void rows(Xhtml x, ReportTexts t, String heading, List<ResultRow> rows, String id) {
        x.open("div", "class", "attention-group", "id", id).element("p", heading, "class", "attention-heading");
        if (!rows.isEmpty()) {
            x.open("ul");
            for (ResultRow row : rows) {
                x.open("li").text(Cells.named(row.code(), row.name()) + ": ");
                line(x, t, row);
                x.close("li");
            }
            x.close("ul");
        }
        x.close("div");
    }

    /** "40,0 % ✖ Ej uppfyllt" or "○ Värde saknas (0 av 2 …)". */
    private static void line(Xhtml x, ReportTexts t, ResultRow row) {
        if (row.fulfilmentPercent() != null) {
            x.text(t.percent(row.fulfilmentPercent()) + " ");
        }
        Cells.status(x, t, row.status());
        if (row.status() == Status.SAKNAS) {
            x.text(" (" + Cells.coverage(t, row) + ")");
        }
    }
}
