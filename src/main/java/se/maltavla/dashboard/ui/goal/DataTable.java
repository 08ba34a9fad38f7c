package se.maltavla.dashboard.ui.goal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;

/**
 * A plain HTML table with a caption and column headers: what screen readers navigate best, and
 * what the browser tests read as text.
 */
class DataTable extends NativeTable {

    DataTable(String caption, String... headers) {
        addClassName("data-table");
        setCaptionText(caption);
        NativeTableRow head = getHead().addRow();
        for (String header : headers) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(header);
            cell.getElement().setAttribute("scope", "col");
        }
    }

    /** A row; the first cell is the row's header. Each cell is a String or a Component. */
    NativeTableRow row(Object... cells) {
        NativeTableRow row = getBody().addRow();
        for (int i = 0; i < cells.length; i++) {
            Component cell = i == 0 ? row.addHeaderCell() : row.addDataCell();
            if (i == 0) {
                cell.getElement().setAttribute("scope", "row");
            }
            switch (cells[i]) {
                case Component component -> cell.getElement().appendChild(component.getElement());
                case null -> cell.getElement().setText("–");
                default -> cell.getElement().setText(cells[i].toString());
            }
        }
        return row;
    }
}
