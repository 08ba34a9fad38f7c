package se.maltavla.yearend.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.function.Consumer;
import se.maltavla.shared.ui.DatePickers;
import se.maltavla.yearend.Readiness;
import se.maltavla.yearend.YearEndState;

/**
 * A coordinator's controls: lock ("Fastställ") at an evaluation date, or reopen with a written
 * reason; each asks for a confirmation first. What the page does with the answer, and whether the
 * service allows it, is the page's and the service's business.
 */
class LockControls extends Section {

    /** The longest reason the service keeps (DefaultYearEndService). */
    static final int REASON_MAX = 2000;

    private final YearEndState state;

    LockControls(YearEndState state, Readiness readiness, Consumer<LocalDate> lock, Consumer<String> reopen) {
        this.state = state;
        setId("year-end-controls");
        if (state.locked()) {
            reopenForm(reopen);
        } else {
            lockForm(readiness, lock);
        }
    }

    private int nextVersion() {
        return state.versions().isEmpty() ? 1 : state.versions().getFirst().version() + 1;
    }

    private void lockForm(Readiness readiness, Consumer<LocalDate> lock) {
        LocalDate yearEnd = LocalDate.of(state.year(), 12, 31);
        add(
                new H2(getTranslation("yearend.lock.title")),
                new Paragraph(getTranslation("yearend.lock.lead", nextVersion())));
        DatePicker date = DatePickers.localized(getTranslation("yearend.lock.date"));
        date.setId("lock-date");
        date.setValue(yearEnd);
        date.setHelperText(getTranslation("yearend.lock.date.helper", yearEnd.toString()));
        date.setRequiredIndicatorVisible(true);
        date.setWidth("14em");
        Button button = new Button(getTranslation("yearend.lock.button"), e -> {
            if (date.getValue() == null) {
                date.setInvalid(true);
                date.setErrorMessage(getTranslation("yearend.lock.date.missing", yearEnd.toString()));
                date.focus();
                return;
            }
            date.setInvalid(false);
            LocalDate chosen = date.getValue();
            Paragraph text =
                    new Paragraph(getTranslation("yearend.lock.confirm.text", chosen.toString(), nextVersion()));
            long gaps = readiness.committeesWithGaps();
            Div content = new Div(text);
            if (gaps > 0) {
                Paragraph warning = new Paragraph(getTranslation("yearend.lock.confirm.gaps", gaps));
                warning.setId("lock-dialog-gaps");
                content.add(warning);
            }
            if (!readiness.rejectedFiles().isEmpty()) {
                Paragraph warning = new Paragraph(getTranslation(
                        "yearend.lock.confirm.rejected",
                        readiness.rejectedFiles().size()));
                warning.setId("lock-dialog-rejected");
                content.add(warning);
            }
            confirm(
                    e.getSource(),
                    "lock",
                    getTranslation("yearend.lock.confirm.title", state.year(), state.municipalityName()),
                    content,
                    getTranslation("yearend.lock.confirm"),
                    () -> lock.accept(chosen));
        });
        button.setId("lock-button");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(date, button);
        form.addClassName("year-end-form");
        add(form);
    }

    private void reopenForm(Consumer<String> reopen) {
        int version = state.lockedVersion().orElseThrow().version();
        add(
                new H2(getTranslation("yearend.reopen.title")),
                new Paragraph(getTranslation("yearend.reopen.lead", version, version + 1)));
        TextArea reason = new TextArea(getTranslation("yearend.reopen.reason"));
        reason.setId("reopen-reason");
        reason.setMaxLength(REASON_MAX);
        reason.setRequiredIndicatorVisible(true);
        reason.setHelperText(getTranslation("yearend.reopen.reason.helper", REASON_MAX));
        reason.setWidthFull();
        reason.setMaxWidth("40em");
        Button button = new Button(getTranslation("yearend.reopen.button"), e -> {
            String why = reason.getValue() == null ? "" : reason.getValue().strip();
            if (why.isEmpty()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("yearend.reason.missing"));
                reason.focus();
                return;
            }
            reason.setInvalid(false);
            confirm(
                    e.getSource(),
                    "reopen",
                    getTranslation("yearend.reopen.confirm.title", state.year(), state.municipalityName()),
                    new Paragraph(getTranslation("yearend.reopen.confirm.text", version)),
                    getTranslation("yearend.reopen.confirm"),
                    () -> reopen.accept(why));
        });
        button.setId("reopen-button");
        Div form = new Div(reason, button);
        form.addClassName("year-end-form");
        add(form);
    }

    /**
     * A dialog that asks before anything is done; Avbryt (and Esc) leaves everything as it was and
     * gives the focus back to the button that opened it (after the action, the page moves it to
     * what happened).
     */
    private void confirm(
            Button opener,
            String id,
            String title,
            com.vaadin.flow.component.Component text,
            String yes,
            Runnable action) {
        Dialog dialog = new Dialog();
        dialog.setId(id + "-dialog");
        dialog.setHeaderTitle(title);
        dialog.add(text);
        boolean[] confirmed = {false};
        Button confirm = new Button(yes, e -> {
            confirmed[0] = true;
            dialog.close();
            action.run();
        });
        confirm.setId("confirm-" + id);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("yearend.cancel"), e -> dialog.close());
        cancel.setId("cancel-" + id);
        dialog.getFooter().add(cancel, confirm);
        dialog.setMaxWidth("36em");
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened() && !confirmed[0]) {
                opener.focus();
            }
        });
        dialog.open();
    }
}
