package se.maltavla.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;

/**
 * A plain HTML table for a screen reader as much as for the eye: a caption, column headers with
 * {@code scope="col"} and a row header with {@code scope="row"} in each row. Lighter than a Grid
 * for the short lists the dashboard shows, and it prints and copies as a table.
 */
public class HtmlTable extends NativeTable {

    /** @param columns the column headers, the first one over the row headers */
    public HtmlTable(String caption, String... columns) {
        setCaptionText(caption);
        addClassName("data-table");
        NativeTableRow head = getHead().addRow();
        for (String column : columns) {
            scope(head.addHeaderCell(), "col").setText(column);
        }
    }

    /**
     * Adds a row: its header (the thing the row is about) and its data cells. A cell is a
     * component or a text (null shows as "–").
     */
    public NativeTableRow addRow(Component header, Object... cells) {
        NativeTableRow row = getBody().addRow();
        scope(row.addHeaderCell(), "row").add(header);
        for (Object cell : cells) {
            NativeTableCell td = row.addDataCell();
            td.add(cell instanceof Component component ? component : new Span(cell == null ? "–" : cell.toString()));
        }
        return row;
    }

    /** Sets a header cell's scope ({@code col}, {@code row}, {@code colgroup}). */
    public static NativeTableHeaderCell scope(NativeTableHeaderCell cell, String scope) {
        cell.getElement().setAttribute("scope", scope);
        return cell;
    }
}
