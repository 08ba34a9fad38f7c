package se.maltavla.yearend.render;

import se.maltavla.fulfilment.ResultRow;
import se.maltavla.fulfilment.Status;

/**
 * The report's recurring pieces: a status as symbol and word (never colour alone), a figure with
 * its status and coverage, tables with a caption and header cells with their scope.
 */
final class Cells {

    private Cells() {}

    /** "◐ Delvis uppfyllt", kept on one line. */
    static void status(Xhtml x, ReportTexts t, Status status) {
        x.open("span", "class", "status status-" + status.code())
                .element("span", ReportTexts.symbol(status), "class", "symbol")
                .text(" " + t.status(status))
                .close("span");
    }

    /** "81,1 % ◐ Delvis uppfyllt · 6 av 6 mätbara indikatorer har ett värde (täckning 100,0 %)". */
    static void figure(Xhtml x, ReportTexts t, ResultRow row) {
        x.open("p", "class", "figure");
        if (row.fulfilmentPercent() != null) {
            x.element("span", t.percent(row.fulfilmentPercent()), "class", "percent")
                    .text(" ");
        }
        status(x, t, row.status());
        x.text(" · " + coverage(t, row)).close("p");
    }

    /** "6 av 6 mätbara indikatorer har ett värde (täckning 100,0 %)", or that none is measurable. */
    static String coverage(ReportTexts t, ResultRow row) {
        return row.indicators() == 0
                ? t.get("report.coverage.none")
                : t.get(
                        "report.coverage",
                        row.indicatorsWithValue(),
                        row.indicators(),
                        t.percent(row.coveragePercent()));
    }

    /** Opens a table with its caption and column headers; close with {@link #closeTable}. */
    static void openTable(Xhtml x, String cssClass, String caption, String... columns) {
        x.open("table", "class", cssClass)
                .element("caption", caption)
                .open("thead")
                .open("tr");
        for (String column : columns) {
            x.element("th", column, "scope", "col");
        }
        x.close("tr").close("thead").open("tbody");
    }

    static void closeTable(Xhtml x) {
        x.close("tbody").close("table");
    }

    /** A row header cell: what the row is about. */
    static void rowHeader(Xhtml x, String text) {
        x.element("th", text, "scope", "row");
    }

    static void cell(Xhtml x, String text) {
        x.element("td", text == null || text.isEmpty() ? "–" : text);
    }

    static void numberCell(Xhtml x, String text) {
        x.element("td", text, "class", "number");
    }

    static void statusCell(Xhtml x, ReportTexts t, Status status) {
        x.open("td", "class", "status-cell");
        status(x, t, status);
        x.close("td");
    }

    /**
     * The message key part for the kind of area the report is organised by: {@code prioriterat_omrade},
     * {@code grundpelare} or {@code overgripande_mal} (priority areas when there are none).
     */
    static String areaKind(String type) {
        return "grundpelare".equals(type) || "overgripande_mal".equals(type) ? type : "prioriterat_omrade";
    }

    /** "KS-17-1 Öka antalet …": a code and its name. */
    static String named(String code, String name) {
        return name == null || name.isBlank() || name.equals(code) ? code : code + " " + name;
    }
}
