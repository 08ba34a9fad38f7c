package se.maltavla.dataimport.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.io.Writer;
import java.util.List;
import se.maltavla.dataimport.FileResult;
import se.maltavla.dataimport.ImportRunSummary;
import se.maltavla.dataimport.ImportService;
import se.maltavla.dataimport.RejectedRow;
import se.maltavla.shared.municipality.SwedishMunicipalities;
import se.maltavla.shared.table.TableTarget;
import se.maltavla.shared.table.TableWriter;
import se.maltavla.shared.ui.CsvExport;
import se.maltavla.shared.ui.ExcelExport;

/**
 * One file's rejected rows: line, the row's kommun and code (which indicator, activity or
 * element it was for), column, value and reason, searchable, read page by page from
 * the service as the grid scrolls (a national file can have 100,000), and downloadable as CSV
 * with the search applied (columns rad;kolumn;varde;orsak, as the .avvisade.csv beside the file).
 */
class RejectionsPanel extends Section {

    private static final int FEW_ROWS = 12;

    private final ImportService imports;
    private final Paragraph which = new Paragraph();
    private final TextField search = new TextField();
    private final Paragraph count = new Paragraph();
    private final Grid<RejectedRow> grid = new Grid<>();
    private Grid.Column<RejectedRow> code;
    private final Div export = new Div();
    private final Div content = new Div();
    private final Paragraph nothing = new Paragraph();
    private ImportRunSummary run;
    private FileResult file;

    RejectionsPanel(ImportService imports) {
        this.imports = imports;
        setId("rejections");
        which.setId("rejections-file");
        search.setId("rejections-search");
        search.setLabel(getTranslation("import.rejections.search"));
        search.setHelperText(getTranslation("import.rejections.search.help"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        count.setId("rejections-count");
        count.getElement().setAttribute("aria-live", "polite");
        columns();
        export.addClassName("exports");
        Div tools = new Div(search, export);
        tools.addClassName("rejections-tools");
        content.add(which, tools, count, grid);
        nothing.setId("rejections-nothing");
        nothing.setText(getTranslation("import.rejections.nothing"));
        add(new H2(getTranslation("import.rejections.heading")), nothing, content);
        show(null, null);
    }

    private void columns() {
        grid.setId("rejections-grid");
        grid.addThemeVariants(
                GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> r.rejection().line())
                .setHeader(getTranslation("import.rejections.line"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> orDash(SwedishMunicipalities.nameAndCode(r.municipality())))
                .setHeader(getTranslation("import.rejections.municipality"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        code = grid.addColumn(r -> orDash(r.code()))
                .setHeader(getTranslation("import.rejections.code"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.rejection().column())
                .setHeader(getTranslation("import.rejections.column"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.rejection().value())
                .setHeader(getTranslation("import.rejections.value"))
                .setFlexGrow(1);
        grid.addColumn(r -> r.rejection().reason())
                .setHeader(getTranslation("import.rejections.reason"))
                .setFlexGrow(4);
        grid.setPageSize(100);
    }

    /** Shows a file's rejected rows, or says there are none when {@code file} is null. */
    void show(ImportRunSummary run, FileResult file) {
        this.run = run;
        this.file = file;
        content.setVisible(file != null);
        nothing.setVisible(file == null);
        if (file == null) {
            return;
        }
        which.setText(getTranslation(
                "import.rejections.file", file.fileName(), run.runId(), ImportTexts.when(run.startedAt())));
        String codeKey = "import.rejections.code." + file.kind();
        String codeHeading = getTranslation(codeKey);
        code.setHeader(codeHeading.startsWith("!") ? getTranslation("import.rejections.code") : codeHeading);
        grid.getElement().setAttribute("aria-label", getTranslation("import.rejections.grid", file.fileName()));
        search.clear();
        refresh();
    }

    /** The file shown, if any (for the view after a run). */
    FileResult file() {
        return file;
    }

    private void refresh() {
        if (file == null) {
            return;
        }
        long fileId = file.fileId();
        String words = search.getValue();
        grid.setItems(
                query -> imports.rejectedRows(fileId, words, query.getOffset(), query.getLimit()).stream(),
                query -> Math.toIntExact(imports.countRejections(fileId, words)));
        long all = file.rowsRejected();
        long matching = words.isBlank() ? all : imports.countRejections(fileId, words);
        count.setText(
                words.isBlank()
                        ? getTranslation("import.rejections.count", all)
                        : getTranslation("import.rejections.matching", matching, all));
        // A few rows fit the page; many scroll inside the grid, read page by page as they come into view.
        boolean few = matching <= FEW_ROWS;
        grid.setAllRowsVisible(few);
        grid.setClassName("rejections-grid-tall", !few);
        export.removeAll();
        String stem = CsvExport.stem(
                file.fileName().replaceFirst("(?i)\\.(csv|xlsx)$", ""), "avvisade", "korning-" + run.runId());
        CsvExport download = CsvExport.of(stem + ".csv", out -> write(imports, fileId, words, out));
        ExcelExport workbook = new ExcelExport(stem + ".xlsx", out -> write(imports, fileId, words, out));
        // Two exports on the page: the name says which, starting with the visible text (WCAG 2.5.3).
        String which = getTranslation("import.export.rejections", file.fileName());
        download.getElement().setAttribute("aria-label", getTranslation("export.csv") + ": " + which);
        workbook.getElement().setAttribute("aria-label", getTranslation("export.xlsx") + ": " + which);
        export.add(download, workbook);
    }

    private static String orDash(String value) {
        return value == null ? "–" : value;
    }

    /** The export: every matching row, as the .avvisade.csv beside an archived file but in the export dialect. */
    static void write(ImportService imports, long fileId, String words, Writer out) {
        write(imports, fileId, words, TableTarget.csv(out));
    }

    static void write(ImportService imports, long fileId, String words, TableTarget out) {
        try (TableWriter csv = out.open(List.of("rad", "kolumn", "varde", "orsak"))) {
            imports.forEachRejection(fileId, words, r -> csv.row(r.line(), r.column(), r.value(), r.reason()));
        }
    }
}
