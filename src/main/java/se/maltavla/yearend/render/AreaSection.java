package se.maltavla.yearend.render;

import java.util.List;
import java.util.Locale;
import se.maltavla.chart.BarChart;
import se.maltavla.chart.SvgBarChart;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.fulfilment.Thresholds;
import se.maltavla.strategy.ElementType;
import se.maltavla.yearend.content.AreaPart;
import se.maltavla.yearend.content.GoalLine;
import se.maltavla.yearend.content.LinkedFigure;
import se.maltavla.yearend.content.NarrativeLine;
import se.maltavla.yearend.content.YearEndReport;

/**
 * One priority area (pillar): its figure and status with coverage, a chart of its goals with the
 * chart's data as a table beside it, the goals with their indicators, the elements it serves
 * (council goals, Europa 2020, the EU Baltic Sea strategy, the regional strategy) with their
 * figures, and the qualitative texts about it.
 */
final class AreaSection {

    static final String ID = "omraden";
    /** The chart's width on the page and in the PDF, in CSS pixels. */
    private static final int CHART_WIDTH = 360;

    private AreaSection() {}

    static String id(int index) {
        return "omrade-" + (index + 1);
    }

    static void write(Xhtml x, ReportTexts t, YearEndReport report) {
        String kind = Cells.areaKind(report.summary().areaType());
        x.open("section", "id", ID).element("h2", t.get("report.areas." + kind));
        if (report.areas().isEmpty()) {
            x.element("p", t.get("report.areas.none"));
        }
        for (int i = 0; i < report.areas().size(); i++) {
            area(x, t, report.areas().get(i), id(i), report.heading().thresholds());
        }
        x.close("section");
    }

    private static void area(Xhtml x, ReportTexts t, AreaPart area, String id, Thresholds thresholds) {
        x.open("section", "id", id, "class", "area")
                .element("h3", Cells.named(area.element().code(), area.element().name()));
        Cells.figure(x, t, area.row());
        if (area.element().description() != null
                && !area.element().description().isBlank()) {
            x.element("p", area.element().description(), "class", "description");
        }
        if (area.goals().isEmpty()) {
            x.element("p", t.get("report.area.nogoals"));
        } else {
            chart(x, t, area, thresholds);
            goals(x, t, area);
        }
        links(x, t, area);
        texts(x, t, t.get("report.area.texts"), area.texts());
        x.close("section");
    }

    /** The goals' fulfilment as bars, and the same figures as a table beside the chart. */
    private static void chart(Xhtml x, ReportTexts t, AreaPart area, Thresholds thresholds) {
        String name = area.element().name();
        List<BarChart.Bar> bars = area.goals().stream()
                .map(g -> new BarChart.Bar(g.row().code(), g.row().fulfilmentPercent(), barText(t, g.row())))
                .toList();
        BarChart chart = new BarChart(
                t.get("report.chart.title", name),
                t.get("report.chart.description", area.goals().size(), name),
                t.get("report.chart.axis"),
                t.locale(),
                bars,
                List.of(
                        new BarChart.Reference(
                                thresholds.lower(), t.get("report.chart.lower", t.percent(thresholds.lower()))),
                        new BarChart.Reference(
                                thresholds.upper(), t.get("report.chart.upper", t.percent(thresholds.upper())))));
        x.open("div", "class", "chart-with-data").open("div", "class", "chart");
        Images.img(
                x,
                SvgBarChart.render(chart),
                t.get("report.chart.alt", area.goals().size(), name),
                CHART_WIDTH,
                "bar-chart");
        x.close("div").open("div", "class", "chart-data");
        Cells.openTable(
                x,
                "chart-table",
                t.get("report.chart.table", name),
                t.get("report.column.goal"),
                t.get("report.column.fulfilment"),
                t.get("report.column.status"));
        for (GoalLine goal : area.goals()) {
            x.open("tr");
            Cells.rowHeader(x, goal.row().code());
            Cells.numberCell(x, t.percent(goal.row().fulfilmentPercent()));
            Cells.statusCell(x, t, goal.row().status());
            x.close("tr");
        }
        Cells.closeTable(x);
        x.close("div").close("div");
    }

    private static String barText(ReportTexts t, ResultRow goal) {
        return goal.fulfilmentPercent() == null
                ? t.status(goal.status())
                : t.percent(goal.fulfilmentPercent()) + " " + t.status(goal.status());
    }

    /** The contributing goals with their nämnd, indicators, values, baselines, targets and statuses. */
    private static void goals(Xhtml x, ReportTexts t, AreaPart area) {
        GoalsTable.write(x, t, t.get("report.area.goals", area.element().name()), area.goals());
    }

    private static void links(Xhtml x, ReportTexts t, AreaPart area) {
        if (area.links().isEmpty()) {
            return;
        }
        Cells.openTable(
                x,
                "links-table",
                t.get("report.area.links", area.element().name()),
                t.get("report.column.element"),
                t.get("report.column.kind"),
                t.get("report.column.fulfilment"),
                t.get("report.column.status"));
        for (LinkedFigure link : area.links()) {
            x.open("tr");
            Cells.rowHeader(x, Cells.named(link.element().code(), link.element().name()));
            Cells.cell(x, kind(t, link) + (link.direct() ? "" : " " + t.get("report.link.indirect")));
            ResultRow row = link.row();
            Cells.numberCell(x, t.percent(row == null ? null : row.fulfilmentPercent()));
            if (row == null) {
                Cells.cell(x, "–");
            } else {
                Cells.statusCell(x, t, row.status());
            }
            x.close("tr");
        }
        Cells.closeTable(x);
    }

    /** "Fullmäktigemål", or for an external objective the strategy it belongs to ("Europa 2020"). */
    private static String kind(ReportTexts t, LinkedFigure link) {
        if (link.element().type() == ElementType.EXTERNAL
                && link.element().group() != null
                && !link.element().group().isBlank()) {
            return link.element().group();
        }
        return t.get("report.type." + link.element().type().code().toLowerCase(Locale.ROOT));
    }

    /** Qualitative texts under a heading, each with who wrote it; nothing when there are none. */
    static void texts(Xhtml x, ReportTexts t, String heading, List<NarrativeLine> texts) {
        texts(x, t, "h4", heading, texts);
    }

    /** The same under a heading of the given level (h3 directly under a part's h2). */
    static void texts(Xhtml x, ReportTexts t, String level, String heading, List<NarrativeLine> texts) {
        if (texts.isEmpty()) {
            return;
        }
        x.element(level, heading);
        for (NarrativeLine text : texts) {
            x.open("div", "class", "narrative")
                    .element(
                            "p",
                            Cells.named(text.code(), text.subject())
                                    + (text.committee() == null ? "" : " · " + text.committee()),
                            "class",
                            "narrative-about");
            for (String paragraph : text.text().split("\\R")) {
                if (!paragraph.isBlank()) {
                    x.element("p", paragraph.strip());
                }
            }
            x.close("div");
        }
    }
}
