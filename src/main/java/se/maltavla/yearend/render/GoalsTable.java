package se.maltavla.yearend.render;

import java.util.List;
import se.maltavla.fulfilment.IndicatorFigures;
import se.maltavla.yearend.content.GoalLine;
import se.maltavla.yearend.content.IndicatorLine;

/**
 * Goals with their indicators: one row group per goal, headed by the goal (code, text, nämnd,
 * figure and status), and one row per indicator with its value, baseline, target and status.
 */
final class GoalsTable {

    private GoalsTable() {}

    static void write(Xhtml x, ReportTexts t, String caption, List<GoalLine> goals) {
        x.open("table", "class", "goals-table")
                .element("caption", caption)
                .open("thead")
                .open("tr");
        for (String column : new String[] {
            t.get("report.column.goal"),
            t.get("report.column.indicator"),
            t.get("report.column.value"),
            t.get("report.column.baseline"),
            t.get("report.column.target"),
            t.get("report.column.status")
        }) {
            x.element("th", column, "scope", "col");
        }
        x.close("tr").close("thead");
        for (GoalLine goal : goals) {
            x.open("tbody", "class", "goal-group");
            List<IndicatorLine> indicators = goal.indicators();
            int rows = Math.max(1, indicators.size());
            x.open("tr")
                    .open("th", "scope", "rowgroup", "rowspan", String.valueOf(rows), "class", "goal-cell")
                    .element("span", Cells.named(goal.row().code(), goal.row().name()), "class", "goal-name")
                    .element("span", goal.committee(), "class", "goal-committee")
                    .open("span", "class", "goal-figure")
                    .text(
                            goal.row().fulfilmentPercent() == null
                                    ? ""
                                    : t.percent(goal.row().fulfilmentPercent()) + " ");
            Cells.status(x, t, goal.row().status());
            x.close("span").close("th");
            if (indicators.isEmpty()) {
                x.element("td", t.get("report.goal.noindicators"), "colspan", "5");
                x.close("tr");
            }
            for (int i = 0; i < indicators.size(); i++) {
                if (i > 0) {
                    x.open("tr");
                }
                indicator(x, t, indicators.get(i));
                x.close("tr");
            }
            x.close("tbody");
        }
        x.close("table");
    }

    private static void indicator(Xhtml x, ReportTexts t, IndicatorLine line) {
        IndicatorFigures f = line.figures();
        Cells.cell(x, Cells.named(line.row().code(), line.row().name()));
        Cells.cell(x, value(t, line));
        Cells.numberCell(x, line.milestone() || f == null ? "–" : t.number(f.baseline()));
        Cells.numberCell(x, target(t, line));
        Cells.statusCell(x, t, line.row().status());
    }

    /** The value used with its unit and period: "6 st (2017-T3)"; "–" without one. */
    static String value(ReportTexts t, IndicatorLine line) {
        IndicatorFigures f = line.figures();
        if (f == null || (f.valueNumber() == null && f.valueYes() == null)) {
            return "–";
        }
        String value = line.milestone() ? t.yesNo(f.valueYes()) : withUnit(t.number(f.valueNumber()), line.unit());
        return f.valuePeriod() == null ? value : value + " (" + f.valuePeriod() + ")";
    }

    static String target(ReportTexts t, IndicatorLine line) {
        IndicatorFigures f = line.figures();
        if (f == null) {
            return "–";
        }
        return line.milestone() ? t.yesNo(f.targetYes()) : withUnit(t.number(f.targetNumber()), line.unit());
    }

    private static String withUnit(String number, String unit) {
        return unit == null || "–".equals(number) ? number : number + "\u00A0" + unit;
    }
}
