package se.maltavla.dashboard.ui.activities;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;

/** Plain HTML tables with a caption and scoped header cells, as screen readers expect them. */
final class Tables {

    private Tables() {}

    static NativeTable table(String id, String caption, String... columns) {
        NativeTable table = new NativeTable();
        table.setId(id);
        table.addClassName("data-table");
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        for (String column : columns) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(column);
            cell.getElement().setAttribute("scope", "col");
        }
        return table;
    }

    /** A body row: the first cell heads the row, the others are data (numeric ones right-aligned). */
    static NativeTableRow row(NativeTable table, String heading, String... cells) {
        NativeTableRow row = table.getBody().addRow();
        NativeTableHeaderCell head = row.addHeaderCell();
        head.setText(heading);
        head.getElement().setAttribute("scope", "row");
        for (String text : cells) {
            NativeTableCell cell = row.addDataCell();
            cell.setText(text);
        }
        return row;
    }
}
