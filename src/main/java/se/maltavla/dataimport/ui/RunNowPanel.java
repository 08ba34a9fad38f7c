package se.maltavla.dataimport.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.Command;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;
import se.maltavla.dataimport.FileResult;
import se.maltavla.dataimport.ImportBusyException;
import se.maltavla.dataimport.ImportProgress;
import se.maltavla.dataimport.ImportRunResult;
import se.maltavla.dataimport.ImportService;

/**
 * "Importera nu": starts a run over the inbox on the service's background thread and shows it
 * live, a bar per file (rows done of rows total), pushed to the browser a few times a second.
 * When the run ends, the view shows it among the runs, with its rejected rows.
 */
class RunNowPanel extends Section {

    private static final Duration PUSH_INTERVAL = Duration.ofMillis(250);

    private final ImportService imports;
    private final Consumer<ImportRunResult> finished;
    private final Button start = new Button();
    private final Paragraph status = new Paragraph();
    private final Div files = new Div();
    private final Map<String, FileProgress> rows = new LinkedHashMap<>();
    private CompletableFuture<Void> shown = CompletableFuture.completedFuture(null);

    RunNowPanel(ImportService imports, Consumer<ImportRunResult> finished) {
        this.imports = imports;
        this.finished = finished;
        setId("run-now");
        start.setText(getTranslation("import.run.button"));
        start.setIcon(VaadinIcon.PLAY.create());
        start.setId("start-import");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setDisableOnClick(true);
        start.addClickListener(e -> start());
        status.setId("run-status");
        status.getElement().setAttribute("role", "status");
        files.setId("run-progress");
        files.addClassName("run-progress");
        add(
                new H2(getTranslation("import.run.heading")),
                new Paragraph(getTranslation("import.run.help")),
                start,
                status,
                files);
    }

    private void start() {
        UI ui = UI.getCurrent();
        CompletableFuture<ImportRunResult> run;
        try {
            run = imports.startInboxRun(getLocale(), new LiveProgress(ui));
        } catch (ImportBusyException e) {
            status.setText(e.running()
                    .map(r -> getTranslation(
                            "import.run.busy",
                            getTranslation("import.runs.trigger." + r.trigger()),
                            ImportTexts.when(r.startedAt())))
                    .orElse(getTranslation("import.run.busy.unknown")));
            start.setEnabled(true);
            return;
        } catch (AccessDeniedException e) {
            status.setText(getTranslation("import.run.refused"));
            start.setEnabled(true);
            return;
        }
        rows.clear();
        files.removeAll();
        status.setText(getTranslation("import.run.started"));
        shown = run.handle((result, error) -> {
            access(ui, () -> done(result, error));
            return null;
        });
    }

    /** Whether a run started here is being shown live (the watch of runs from elsewhere then stays quiet). */
    boolean showingOwnRun() {
        return !shown.isDone();
    }

    /** Completes once the run's end is queued for the UI (tests wait for it). */
    CompletableFuture<Void> lastRun() {
        return shown;
    }

    private void done(ImportRunResult result, Throwable error) {
        start.setEnabled(true);
        if (error != null || result == null) {
            status.setText(getTranslation("import.run.done.failed", error == null ? "?" : error.getMessage()));
            return;
        }
        String key = result.failure() != null
                ? "import.run.done.failed"
                : result.files().isEmpty()
                        ? "import.run.done.nofiles"
                        : result.exitStatus() == ImportRunResult.OK
                                ? "import.run.done.ok"
                                : "import.run.done.rejections";
        status.setText(getTranslation(key, result.failure()));
        result.files().forEach(this::fileFinished);
        finished.accept(result);
    }

    private FileProgress row(String fileName, String kind) {
        return rows.computeIfAbsent(fileName, name -> {
            FileProgress row = new FileProgress(name, kind);
            files.add(row);
            return row;
        });
    }

    private void fileFinished(FileResult file) {
        FileProgress row = row(file.fileName(), file.kind());
        row.finished(ImportTexts.outcome(this, file, true));
    }

    private static void access(UI ui, Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException gone) {
            // the user left the view; the run goes on and is listed when the view is opened again
        }
    }

    /** The run's reports, on the run's thread, passed to the UI through push. */
    private final class LiveProgress implements ImportProgress {

        private final UI ui;
        private final ProgressThrottle throttle = new ProgressThrottle(PUSH_INTERVAL, System::nanoTime);

        LiveProgress(UI ui) {
            this.ui = ui;
        }

        @Override
        public void fileStarted(String fileName, String kind, long rowsTotal) {
            access(ui, () -> row(fileName, kind).rows(0, rowsTotal));
        }

        @Override
        public void rowsDone(String fileName, long rowsDone, long rowsTotal) {
            if (throttle.due(fileName, rowsDone, rowsTotal)) {
                access(ui, () -> row(fileName, null).rows(rowsDone, rowsTotal));
            }
        }

        @Override
        public void fileFinished(FileResult result) {
            access(ui, () -> RunNowPanel.this.fileFinished(result));
        }
    }
}
