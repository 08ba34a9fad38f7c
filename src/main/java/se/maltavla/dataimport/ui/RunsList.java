package se.maltavla.dataimport.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.BiConsumer;
import se.maltavla.dataimport.FileResult;
import se.maltavla.dataimport.ImportRunSummary;
import se.maltavla.shared.ui.DataTable;

/**
 * The latest runs, newest first: when, what started it, how it ended, and a table of its files
 * with their counts (docs/import-contract.md §8.8), warnings and messages. A file with rejected rows
 * offers them in the rejections panel.
 */
class RunsList extends Section {

    private final BiConsumer<ImportRunSummary, FileResult> showRejections;
    private final Div runs = new Div();

    RunsList(BiConsumer<ImportRunSummary, FileResult> showRejections) {
        this.showRejections = showRejections;
        setId("runs");
        runs.addClassName("import-runs");
        add(new H2(getTranslation("import.runs.heading")), runs);
    }

    void show(List<ImportRunSummary> latest) {
        runs.removeAll();
        if (latest.isEmpty()) {
            runs.add(new Paragraph(getTranslation("import.runs.none")));
        }
        latest.forEach(run -> runs.add(run(run)));
    }

    private Component run(ImportRunSummary run) {
        Div item = new Div();
        item.addClassName("import-run");
        item.getElement().setAttribute("data-run", String.valueOf(run.runId()));
        String title = getTranslation("import.runs.title", run.runId(), ImportTexts.when(run.startedAt()));
        Span trigger = new Span(getTranslation("import.runs.trigger." + run.trigger()));
        trigger.addClassName("muted");
        item.add(new H3(title), new Div(RunState.of(run).badge(), new Span(" · "), trigger));
        if (run.error() != null) {
            item.add(new Paragraph(run.error()));
        }
        if (run.files().isEmpty()) {
            item.add(new Paragraph(getTranslation("import.runs.nofiles")));
        } else {
            item.add(files(run));
        }
        return item;
    }

    private Component files(ImportRunSummary run) {
        DataTable<FileResult> table = new DataTable<FileResult>(getTranslation("import.runs.caption", run.runId()))
                .text(heading("name"), FileResult::fileName)
                .text(heading("kind"), file -> ImportTexts.kind(this, file.kind()))
                .number(heading("read"), file -> count(file.rowsRead()))
                .number(heading("new"), file -> count(file.rowsNew()))
                .number(heading("updated"), file -> count(file.rowsUpdated()))
                .number(heading("unchanged"), file -> count(file.rowsUnchanged()))
                .number(heading("rejected"), file -> count(file.rowsRejected()))
                .component(heading("result"), file -> result(run, file));
        table.addClassName("import-files");
        return table.items(run.files());
    }

    private String count(long n) {
        return ImportTexts.count(n, getLocale());
    }

    private Component result(ImportRunSummary run, FileResult file) {
        Div cell = new Div();
        cell.addClassName("import-result");
        cell.add(new Div(ImportTexts.outcome(this, file, false)));
        for (String warning : file.warnings()) {
            Div line = new Div(getTranslation("import.file.warning", warning));
            line.addClassName("import-warning");
            cell.add(line);
        }
        if (file.rowsRejected() > 0) {
            Button show = new Button(getTranslation("import.file.show"), e -> showRejections.accept(run, file));
            show.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
            show.setAriaLabel(getTranslation("import.file.show.label", file.fileName(), run.runId()));
            show.addClassName("show-rejections");
            cell.add(show);
        }
        return cell;
    }

    private String heading(String key) {
        return getTranslation("import.file." + key);
    }
}
