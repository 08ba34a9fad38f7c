package se.maltavla.dataimport.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import se.maltavla.dataimport.ImportRunResult;
import se.maltavla.dataimport.ImportRunSummary;

/** How a stored run ended, as the view says it: with an icon and a word, never by colour alone. */
enum RunState {
    RUNNING(VaadinIcon.HOURGLASS),
    OK(VaadinIcon.CHECK_CIRCLE),
    REJECTIONS(VaadinIcon.WARNING),
    FAILED(VaadinIcon.CLOSE_CIRCLE),
    INTERRUPTED(VaadinIcon.BAN);

    private final VaadinIcon icon;

    RunState(VaadinIcon icon) {
        this.icon = icon;
    }

    static RunState of(ImportRunSummary run) {
        if ("INTERRUPTED".equals(run.status())) {
            return INTERRUPTED;
        }
        if (run.exitStatus() == null || "RUNNING".equals(run.status())) {
            return RUNNING;
        }
        return switch (run.exitStatus()) {
            case ImportRunResult.OK -> OK;
            case ImportRunResult.REJECTIONS -> REJECTIONS;
            default -> FAILED;
        };
    }

    String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The badge: icon (hidden from screen readers) and the word. */
    Span badge() {
        Span badge = new Span();
        Icon mark = icon.create();
        mark.getElement().setAttribute("aria-hidden", "true");
        badge.add(mark, new Span(badge.getTranslation("import.runs.status." + code())));
        badge.addClassNames("run-status", "run-status-" + code());
        return badge;
    }
}
