package se.maltavla.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A plain HTML table for the dashboard's short lists (goals of an area, links, …): a caption,
 * column headers with {@code scope="col"}, and one row per item. Screen readers and printing
 * read it as a table; the browser lays it out. For long or lazy lists use Vaadin's Grid.
 *
 * @param <T> the item of a row
 */
@Tag("div")
public class DataTable<T> extends HtmlContainer {

    private final List<Column<T>> columns = new ArrayList<>();

    private record Column<T>(String header, Function<T, Component> cell, String className) {}

    @Tag("table")
    private static final class Table extends HtmlContainer {}

    @Tag("caption")
    private static final class Caption extends HtmlContainer {}

    @Tag("thead")
    private static final class Head extends HtmlContainer {}

    @Tag("tbody")
    private static final class Body extends HtmlContainer {}

    @Tag("tr")
    private static final class Row extends HtmlContainer {}

    @Tag("th")
    private static final class HeaderCell extends HtmlContainer {}

    @Tag("td")
    private static final class Cell extends HtmlContainer {}

    private final String caption;

    /** @param caption what the table lists, for screen readers (the heading above it says it to the eye) */
    public DataTable(String caption) {
        this.caption = caption;
        addClassName("data-table-wrapper");
    }

    /** A column whose cells are texts. */
    public DataTable<T> text(String header, Function<T, String> text) {
        return column(header, item -> new Span(text.apply(item) == null ? "" : text.apply(item)), null);
    }

    /** A column of figures, aligned right. */
    public DataTable<T> number(String header, Function<T, String> text) {
        return column(header, item -> new Span(text.apply(item) == null ? "" : text.apply(item)), "number");
    }

    /** A column whose cells are components (links, status badges, bars). */
    public DataTable<T> component(String header, Function<T, Component> cell) {
        return column(header, cell, null);
    }

    private DataTable<T> column(String header, Function<T, Component> cell, String className) {
        columns.add(new Column<>(header, cell, className));
        return this;
    }

    /** Shows these items, replacing any shown before. */
    public DataTable<T> items(List<T> items) {
        removeAll();
        Table table = new Table();
        table.addClassName("data-table");
        Caption title = new Caption();
        title.setText(caption);
        title.addClassName("sr-only");
        Head head = new Head();
        Row headerRow = new Row();
        for (Column<T> column : columns) {
            HeaderCell th = new HeaderCell();
            th.setText(column.header());
            th.getElement().setAttribute("scope", "col");
            if (column.className() != null) {
                th.addClassName(column.className());
            }
            headerRow.add(th);
        }
        head.add(headerRow);
        Body body = new Body();
        for (T item : items) {
            Row row = new Row();
            for (Column<T> column : columns) {
                Cell td = new Cell();
                td.add(column.cell().apply(item));
                if (column.className() != null) {
                    td.addClassName(column.className());
                }
                row.add(td);
            }
            body.add(row);
        }
        table.add(title, head, body);
        add(table);
        return this;
    }
}
