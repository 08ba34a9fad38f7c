package se.maltavla.dataimport.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import se.maltavla.dataimport.FileStatus;
import se.maltavla.dataimport.ImportService;
import se.maltavla.dataimport.RunningImport;

/**
 * A run that this page did not start (the nightly run, jobs/import, another user's, or one in
 * another instance behind the load balancer) followed from the database: the browser asks every
 * {@link #WATCHING_MS} while one runs, every {@link #IDLE_MS} otherwise, and the panel shows its
 * files' rows done as stored with each chunk. When it ends, the view lists its result. A run
 * started with "Importera nu" on this page is shown live by {@link RunNowPanel} instead.
 */
class RunWatch extends Section {

    static final int WATCHING_MS = 2_000;
    static final int IDLE_MS = 5_000;

    private final ImportService imports;
    private final BooleanSupplier ownRunShown;
    private final LongConsumer ended;
    private final Paragraph status = new Paragraph();
    private final Div files = new Div();
    private final Map<String, FileProgress> rows = new LinkedHashMap<>();
    private Long watched;
    private Registration polling;

    RunWatch(ImportService imports, BooleanSupplier ownRunShown, LongConsumer ended) {
        this.imports = imports;
        this.ownRunShown = ownRunShown;
        this.ended = ended;
        setId("run-watch");
        status.setId("run-watch-status");
        status.getElement().setAttribute("role", "status");
        files.addClassName("run-progress");
        add(new H2(getTranslation("import.watch.heading")), status, files);
        setVisible(false);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        polling = attach.getUI().addPollListener(poll -> refresh());
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        detach.getUI().setPollInterval(-1);
    }

    /** Reads the run in progress again (on each poll of the browser). */
    void refresh() {
        Optional<RunningImport> running = ownRunShown.getAsBoolean() ? Optional.empty() : imports.running();
        if (running.isPresent()) {
            show(running.get());
        } else if (watched != null) {
            long runId = watched;
            watched = null;
            rows.clear();
            files.removeAll();
            boolean interrupted = imports.findRun(runId)
                    .map(r -> "INTERRUPTED".equals(r.status()))
                    .orElse(false);
            status.setText(
                    getTranslation(interrupted ? "import.watch.ended.interrupted" : "import.watch.ended", runId));
            ended.accept(runId);
        }
        getUI().ifPresent(ui -> ui.setPollInterval(watched != null ? WATCHING_MS : IDLE_MS));
    }

    private void show(RunningImport run) {
        if (watched == null || watched != run.runId()) {
            rows.clear();
            files.removeAll();
        }
        watched = run.runId();
        setVisible(true);
        String where = run.instance() == null
                ? getTranslation("import.watch.where.unknown")
                : run.thisInstance()
                        ? getTranslation("import.watch.where.here", run.instance())
                        : getTranslation("import.watch.where.other", run.instance());
        status.setText(getTranslation(
                run.responding() ? "import.watch.running" : "import.watch.silent",
                run.runId(),
                getTranslation("import.watch.trigger." + run.trigger()),
                ImportTexts.when(run.startedAt()),
                where));
        for (RunningImport.File file : run.files()) {
            FileProgress row = rows.computeIfAbsent(file.fileName(), name -> {
                FileProgress created = new FileProgress(name, file.kind());
                files.add(created);
                return created;
            });
            long total = file.rowsTotal() == null ? file.rowsDone() : file.rowsTotal();
            row.rows(file.status() == FileStatus.PROCESSING ? file.rowsDone() : total, total);
            if (file.status() != FileStatus.PROCESSING) {
                row.finished(getTranslation("import.watch.file." + file.status().name()));
            }
        }
    }
}
