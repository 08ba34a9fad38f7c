package se.maltavla.dataimport.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

/** One file's line in the live progress: its name and kind, a bar of rows done, "x av y rader", then its result. */
class FileProgress extends Div {

    private final ProgressBar bar = new ProgressBar();
    private final Span rows = new Span();
    private final Div result = new Div();

    FileProgress(String fileName, String kind) {
        addClassName("file-progress");
        getElement().setAttribute("data-file", fileName);
        Span name = new Span(kind == null ? fileName : fileName + " (" + ImportTexts.kind(this, kind) + ")");
        name.addClassName("file-progress-name");
        bar.getElement().setAttribute("aria-label", getTranslation("import.progress.label", fileName));
        rows.addClassName("file-progress-rows");
        result.addClassName("file-progress-result");
        add(name, bar, rows, result);
    }

    void rows(long done, long total) {
        bar.setMin(0);
        bar.setMax(Math.max(total, 1));
        bar.setValue(Math.min(done, Math.max(total, 1)));
        rows.setText(getTranslation("import.progress.rows", done, total));
    }

    void finished(String outcome) {
        bar.setValue(bar.getMax());
        result.setText(outcome);
    }

    ProgressBar bar() {
        return bar;
    }
}
