package se.maltavla.yearend.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import se.maltavla.yearend.YearEndState;
import se.maltavla.yearend.YearEndVersion;

/**
 * Whether the plan year is locked, in words beside the symbol: "Fastställt 2018-02-10 · version 2 ·
 * utvärderat per 2017-12-31" or "Inte fastställt", and what that means.
 */
class StateSection extends Section {

    StateSection(YearEndState state) {
        setId("year-end-state");
        Div line = new Div();
        line.addClassName("year-end-state");
        Icon icon = (state.locked() ? VaadinIcon.LOCK : VaadinIcon.UNLOCK).create();
        icon.getElement().setAttribute("aria-hidden", "true");
        Span words = new Span(state.lockedVersion()
                .map(v -> getTranslation(
                        "yearend.state.locked",
                        Dates.day(v.lockedAt()),
                        v.version(),
                        v.evaluationDate().toString()))
                .orElseGet(() -> getTranslation("yearend.state.open")));
        words.setId("year-end-state-words");
        line.add(icon, words);
        line.addClassName(state.locked() ? "year-end-locked" : "year-end-open");
        add(line);
        if (state.locked()) {
            add(new Paragraph(getTranslation(
                    "yearend.state.locked.more",
                    state.lockedVersion().orElseThrow().lockedBy())));
        } else {
            add(new Paragraph(getTranslation("yearend.state.open.more")));
            if (!state.versions().isEmpty()) {
                YearEndVersion last = state.versions().getFirst();
                add(new Paragraph(getTranslation(
                        "yearend.state.reopened",
                        last.version(),
                        Dates.day(last.reopenedAt()),
                        last.reopenedBy(),
                        last.version() + 1)));
            }
        }
    }
}
