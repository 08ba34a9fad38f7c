package se.maltavla.dataimport.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import se.maltavla.dataimport.FileResult;
import se.maltavla.dataimport.ImportRunResult;
import se.maltavla.dataimport.ImportRunSummary;
import se.maltavla.dataimport.ImportService;
import se.maltavla.security.ReporterBinding;
import se.maltavla.security.Role;
import se.maltavla.security.UserService;
import se.maltavla.shared.municipality.SwedishMunicipalities;
import se.maltavla.shared.ui.CsvExport;
import se.maltavla.shared.ui.ExcelExport;
import se.maltavla.shared.ui.MainLayout;
import se.maltavla.shared.ui.Page;

/**
 * Import: the latest runs with their files' summaries, the rejected rows of a file (searchable,
 * as CSV), and for a coordinator the upload into the inbox and "Importera nu" with live
 * progress. A reporter (rapportör) uploads and imports too, and sees its own files' runs and
 * rejected rows only (the service gives it no other). A viewer sees the runs and rejections only;
 * the service refuses the rest anyway. A run started elsewhere (the nightly run, another user,
 * another instance) is followed from the database ({@link RunWatch}).
 * {@code import?korning=RUN&fil=FILE} opens a file's rejected rows, however old its run (the
 * year-end page links there).
 */
@Route(value = "import", layout = MainLayout.class)
@PermitAll
class ImportView extends Page implements BeforeEnterObserver {

    static final int RUNS_SHOWN = 20;

    private final ImportService imports;
    private final RunsList runs;
    private final RejectionsPanel rejections;
    private final RunWatch watch;
    private List<ImportRunSummary> shown = List.of();

    ImportView(ImportService imports, AuthenticationContext authentication, UserService users) {
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
        boolean reporter =
                authentication.hasRole(Role.REPORTER.name()) && !authentication.hasRole(Role.COORDINATOR.name());
        if (reporter) {
            ReporterBinding binding = users.ownBinding();
            Paragraph note = new Paragraph(
                    binding.isEmpty()
                            ? getTranslation("reporter.import.unbound")
                            : getTranslation(
                                    "reporter.import.note",
                                    String.join(", ", binding.committees()),
                                    SwedishMunicipalities.name(binding.municipality())));
            note.setId("reporter-note");
            add(note);
        }
        RunNowPanel runNow = null;
        if (authentication.hasRole(Role.COORDINATOR.name()) || reporter) {
            runNow = new RunNowPanel(imports, this::runFinished);
            Div controls = new Div(new UploadPanel(imports), runNow);
            controls.addClassName("import-controls");
            add(controls);
        } else {
            Paragraph viewer = new Paragraph(getTranslation("import.viewer"));
            viewer.setId("viewer-note");
            viewer.addClassName("muted");
            add(viewer);
        }
        RunNowPanel own = runNow;
        watch = new RunWatch(imports, () -> own != null && own.showingOwnRun(), this::refresh);
        // The rejected rows before the list of runs: right below a run's progress, whatever the list's length.
        add(watch, rejections, runs);
        refresh(null);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        Long runId = number(parameters.get("korning"));
        Long fileId = number(parameters.get("fil"));
        if (runId == null || fileId == null) {
            return;
        }
        imports.findRun(runId)
                .flatMap(run -> run.files().stream()
                        .filter(f -> f.fileId() == fileId)
                        .findFirst()
                        .map(f -> new Choice(run, f)))
                .ifPresent(c -> rejections.show(c.run(), c.file()));
    }

    private static Long number(List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(values.getFirst().trim());
        } catch (NumberFormatException e) {
            return null;
        }
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
