package se.maltavla.dashboard.ui.alignment;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import se.maltavla.dashboard.ui.StatusBadge;
import se.maltavla.fulfilment.AlignmentMatrix;
import se.maltavla.fulfilment.Percents;
import se.maltavla.shared.ui.Formats;
import se.maltavla.shared.ui.HtmlTable;
import se.maltavla.strategy.StrategyElement;

/**
 * The matrix as an HTML table: a header row of column groups ({@code scope="colgroup"}), a row of
 * column headers, and a row header per priority area; every header links to the element's view.
 * It sits in a focusable region that scrolls sideways (the row headers stay in view), so a
 * keyboard user can scroll it too.
 */
class MatrixTable extends Div {

    MatrixTable(AlignmentMatrix matrix, String caption) {
        addClassName("matrix-scroll");
        setId("matrix");
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-labelledby", "matrix-caption");

        NativeTable table = new NativeTable();
        table.addClassName("matrix");
        table.setCaptionText(caption);
        table.getCaption().setId("matrix-caption");

        NativeTableRow groups = table.getHead().addRow();
        NativeTableHeaderCell corner = HtmlTable.scope(groups.addHeaderCell(), "col");
        corner.setText(getTranslation("alignment.rows." + matrix.rowType().code()));
        corner.getElement().setAttribute("rowspan", "2");
        corner.addClassName("matrix-corner");
        NativeTableRow columns = table.getHead().addRow();
        for (AlignmentMatrix.ColumnGroup group : matrix.groups()) {
            NativeTableHeaderCell header = HtmlTable.scope(groups.addHeaderCell(), "colgroup");
            header.setText(
                    group.name() != null
                            ? group.name()
                            : getTranslation("alignment.group." + group.type().code()));
            header.getElement()
                    .setAttribute("colspan", String.valueOf(group.columns().size()));
            header.addClassName("matrix-group");
            for (StrategyElement column : group.columns()) {
                HtmlTable.scope(columns.addHeaderCell(), "col").add(link(column));
            }
        }
        for (StrategyElement row : matrix.rows()) {
            NativeTableRow tr = table.getBody().addRow();
            tr.getElement().setAttribute("data-code", row.code());
            HtmlTable.scope(tr.addHeaderCell(), "row").add(link(row));
            for (StrategyElement column : matrix.columns()) {
                NativeTableCell td = tr.addDataCell();
                td.add(cell(matrix.cell(row, column)));
                td.getElement().setAttribute("data-column", column.code());
            }
        }
        add(table);
    }

    private Component link(StrategyElement element) {
        Anchor link = new Anchor("omrade/" + element.id(), element.name());
        link.getElement().setAttribute("data-code", element.code());
        // Long names are cut to a few lines on screen (CSS); the whole name is in the link and here.
        link.setTitle(element.name());
        return link;
    }

    private static Span srOnly(String text) {
        Span span = new Span(text);
        span.addClassName("sr-only");
        return span;
    }

    private Component cell(AlignmentMatrix.Cell cell) {
        Div content = new Div();
        content.addClassNames("matrix-cell", cell.linked() ? "matrix-linked" : "matrix-unlinked");
        if (cell.linked()) {
            Icon icon = VaadinIcon.LINK.create();
            icon.getElement().setAttribute("aria-hidden", "true");
            icon.addClassName("matrix-link-icon");
            content.add(icon);
        }
        if (!cell.linked() && cell.goals() == 0) {
            // Most cells: neither linked nor shared goals. A dash for the eye, words for a screen reader.
            Span dash = new Span("–");
            dash.getElement().setAttribute("aria-hidden", "true");
            dash.addClassName("matrix-nothing");
            content.add(dash, srOnly(getTranslation("alignment.cell.nothing")));
            return content;
        }
        content.add(srOnly(getTranslation(cell.linked() ? "alignment.cell.linked" : "alignment.cell.unlinked")));
        if (cell.goals() == 0) {
            Span none = new Span(getTranslation("alignment.cell.nogoals"));
            none.addClassName("muted");
            content.add(none);
            return content;
        }
        Span figure = new Span(Formats.percent(
                cell.figures().fulfilment() == null
                        ? null
                        : Percents.percent(cell.figures().fulfilment()),
                getLocale()));
        figure.addClassName("matrix-figure");
        Span goals = new Span(getTranslation("alignment.cell.goals", cell.goals()));
        goals.addClassName("muted");
        content.add(figure, new StatusBadge(cell.figures().status()), goals);
        return content;
    }
}
