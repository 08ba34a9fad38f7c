package se.maltavla.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.function.Consumer;
import se.maltavla.shared.table.TableTarget;

/**
 * The frame of every page inside {@link MainLayout}, so that a view holds only what it shows:
 *
 * <pre>
 * top(heading)                       the page's h1, and the browser's title "heading – Måltavla"
 *     .title("Mål T-1")              another browser title than the heading, when wanted
 *     .export(csv, excel)            the export of what the page shows, beside the heading:
 *                                    CsvExport and ExcelExport of the same table
 *     .lead(…)                       a line under the heading that says what the page is
 *     .bar(selection);               the choice of what is shown (the dashboard's SelectionBar)
 * add(…what the page shows…);
 * </pre>
 *
 * and two states instead of the content: {@link #noData} while Måltavla holds nothing to show,
 * and {@link #missing}, after the top, for something an address names that does not exist. The
 * h1 has the id {@value #HEADING_ID} and can take focus: the layout's skip link leads to it, and
 * the layout moves focus to it after every navigation (docs/design-decisions/0015-page-frame.md).
 */
public abstract class Page extends Div implements HasDynamicTitle {

    /** The id of every page's h1. */
    public static final String HEADING_ID = "page-heading";

    private static final String APP = "Måltavla";

    private String title = "";

    /** @param id the page's id (also the prefix of its lead's id: {@code id-lead}) */
    protected Page(String id) {
        addClassName("view");
        setId(id);
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? APP : title + " – " + APP;
    }

    /** Empties the page and starts it anew with its heading, which is also the browser's title. */
    protected final Top top(String heading) {
        removeAll();
        title = heading;
        H1 h1 = new H1(heading);
        h1.setId(HEADING_ID);
        h1.getElement().setAttribute("tabindex", "-1");
        Div header = new Div(h1);
        header.addClassName("view-header");
        add(header);
        return new Top(header);
    }

    /** The page while Måltavla holds no data to show: the heading, and where the data come from. */
    protected final void noData(String heading) {
        top(heading);
        Paragraph none = new Paragraph(getTranslation("dashboard.nodata") + " ");
        none.setId("no-data");
        none.add(new Anchor("import", getTranslation("dashboard.nodata.import")));
        add(none);
    }

    /**
     * Instead of the content, for something the address names that does not exist (an old link,
     * another municipality's id, a mistyped address): what happened and the way back, never an
     * error. Follows {@link #top}.
     *
     * @return the message, for the view to name
     */
    protected final Paragraph missing(String message, Anchor back) {
        Paragraph text = new Paragraph(message);
        text.addClassName("missing");
        add(text, new Paragraph(back));
        return text;
    }

    /** The top of the page after its heading, in the order the calls are made. */
    public final class Top {

        private final Div header;

        private Top(Div header) {
            this.header = header;
        }

        /** The browser's title, when it differs from the heading ("Mål T-1" over the goal's text). */
        public Top title(String pageTitle) {
            title = pageTitle;
            return this;
        }

        /** The export of what the page shows, beside the heading. */
        public Top export(CsvExport export) {
            header.add(export);
            return this;
        }

        /**
         * The export of a table as CSV and as a workbook, side by side: {@code fileStem}.csv and
         * {@code fileStem}.xlsx (make it with {@link CsvExport#stem}).
         */
        public Top exports(String fileStem, Consumer<TableTarget> content) {
            return export(CsvExport.of(fileStem + ".csv", content), new ExcelExport(fileStem + ".xlsx", content));
        }

        /** The export as CSV and as a workbook, side by side. */
        public Top export(CsvExport csv, ExcelExport excel) {
            Div both = new Div(csv, excel);
            both.addClassName("exports");
            header.add(both);
            return this;
        }

        /** A line under the heading that says what the page is; nothing when {@code text} is null or blank. */
        public Top lead(String text) {
            return text == null || text.isBlank() ? this : lead(new com.vaadin.flow.component.Text(text));
        }

        public Top lead(Component... content) {
            Paragraph lead = new Paragraph(content);
            lead.addClassName("lead");
            getId().ifPresent(id -> lead.setId(id + "-lead"));
            add(lead);
            return this;
        }

        /** The choice of what the page shows (municipality, plan year, date). */
        public Top bar(Component selection) {
            add(selection);
            return this;
        }
    }
}
