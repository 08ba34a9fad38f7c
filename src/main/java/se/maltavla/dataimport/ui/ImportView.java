package se.maltavla.dataimport.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import se.maltavla.dataimport.FileResult;
import se.maltavla.dataimport.ImportRunResult;
import se.maltavla.dataimport.ImportRunSummary;
import se.maltavla.dataimport.ImportService;
import se.maltavla.security.Role;
import se.maltavla.shared.ui.CsvExport;
import se.maltavla.shared.ui.ExcelExport;
import se.maltavla.shared.ui.MainLayout;
import se.maltavla.shared.ui.Page;

/**
 * Import: the latest runs with their files' summaries, the rejected rows of a file (searchable,
 * as CSV), and for a coordinator the upload into the inbox and "Importera nu" with live
 * progress. A viewer sees the runs and rejections only; the service refuses the rest anyway.
 */
@Route(value = "import", layout = MainLayout.class)
@PermitAll
class ImportView extends Page {

    static final int RUNS_SHOWN = 20;

    private final ImportService imports;
    private final RunsList runs;
    private final RejectionsPanel rejections;
    private List<ImportRunSummary> shown = List.of();

    ImportView(ImportService imports, AuthenticationContext authentication) {
        super("import");
        this.imports = imports;
        runs = new RunsList(this::showRejections);
        rejections = new RejectionsPanel(imports);
        RunsCsv.Words words = RunsCsv.Words.of(this);
        CsvExport csv = CsvExport.of("importkorningar.csv", out -> RunsCsv.write(shown, RunsCsv.Words.CODES, out));
        ExcelExport excel = new ExcelExport("importkorningar.xlsx", out -> RunsCsv.write(shown, words, out));
        // Three pairs of exports on the page once rejections show: each name says which (WCAG 2.5.3).
        csv.getElement()
                .setAttribute("aria-label", getTranslation("export.csv") + ": " + getTranslation("import.export.runs"));
        excel.getElement()
                .setAttribute(
                        "aria-label", getTranslation("export.xlsx") + ": " + getTranslation("import.export.runs"));
        top(getTranslation("import.title")).export(csv, excel).lead(getTranslation("import.lead"));
        if (authentication.hasRole(Role.COORDINATOR.name())) {
            Div controls = new Div(new UploadPanel(imports), new RunNowPanel(imports, this::runFinished));
            controls.addClassName("import-controls");
            add(controls);
        } else {
            Paragraph viewer = new Paragraph(getTranslation("import.viewer"));
            viewer.setId("viewer-note");
            viewer.addClassName("muted");
            add(viewer);
        }
        // The rejected rows before the list of runs: right below a run's progress, whatever the list's length.
        add(rejections, runs);
        refresh(null);
    }

    private void runFinished(ImportRunResult result) {
        refresh(result.runId());
    }

    /** Reads the runs again and shows the rejected rows of {@code runId} (or of the latest run that has any). */
    private void refresh(Long runId) {
        shown = imports.recentRuns(RUNS_SHOWN);
        runs.show(shown);
        shown.stream()
                .filter(run -> runId == null || run.runId() == runId)
                .flatMap(run ->
                        run.files().stream().filter(f -> f.rowsRejected() > 0).map(f -> new Choice(run, f)))
                .findFirst()
                .ifPresentOrElse(c -> rejections.show(c.run(), c.file()), () -> {
                    if (runId == null || rejections.file() == null) {
                        rejections.show(null, null);
                    }
                });
    }

    private void showRejections(ImportRunSummary run, FileResult file) {
        rejections.show(run, file);
        rejections.scrollIntoView();
    }

    private record Choice(ImportRunSummary run, FileResult file) {}
}
