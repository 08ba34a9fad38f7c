package se.maltavla.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * An {@link HtmlTable} of typed items, declared column by column: the first column is each row's
 * header (what the row is about). For the dashboard's short lists (goals of an area, links, …);
 * for long or lazily loaded lists use Vaadin's Grid.
 *
 * @param <T> the item of a row
 */
public class DataTable<T> extends Div {

    private record Column<T>(String header, Function<T, Component> cell, boolean number) {}

    private final String caption;
    private final List<Column<T>> columns = new ArrayList<>();

    /** @param caption what the table lists, for screen readers (the heading above it says it to the eye) */
    public DataTable(String caption) {
        this.caption = caption;
        addClassName("data-table-wrapper");
    }

    /** A column whose cells are texts. */
    public DataTable<T> text(String header, Function<T, String> text) {
        return column(header, item -> new Span(text.apply(item) == null ? "" : text.apply(item)), false);
    }

    /** A column of figures, aligned right. */
    public DataTable<T> number(String header, Function<T, String> text) {
        return column(header, item -> new Span(text.apply(item) == null ? "" : text.apply(item)), true);
    }

    /** A column whose cells are components (links, status badges, bars). */
    public DataTable<T> component(String header, Function<T, Component> cell) {
        return column(header, cell, false);
    }

    private DataTable<T> column(String header, Function<T, Component> cell, boolean number) {
        columns.add(new Column<>(header, cell, number));
        return this;
    }

    /** Shows these items, replacing any shown before. */
    public DataTable<T> items(List<T> items) {
        removeAll();
        HtmlTable table =
                new HtmlTable(caption, columns.stream().map(Column::header).toArray(String[]::new));
        table.getCaption().addClassName("sr-only");
        for (T item : items) {
            Object[] cells =
                    columns.stream().skip(1).map(c -> c.cell().apply(item)).toArray();
            NativeTableRow row = table.addRow(columns.getFirst().cell().apply(item), cells);
            for (int i = 1; i < columns.size(); i++) {
                if (columns.get(i).number()) {
                    row.getChildren().skip(i).findFirst().ifPresent(cell -> cell.addClassName("number"));
                }
            }
        }
        add(table);
        return this;
    }
}
