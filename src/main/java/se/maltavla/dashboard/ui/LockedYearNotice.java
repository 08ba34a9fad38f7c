package se.maltavla.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.LocalDate;
import java.time.ZoneId;
import se.maltavla.dashboard.Selection;
import se.maltavla.fulfilment.LockedYear;
import se.maltavla.shared.ui.Formats;

/**
 * A locked plan year on every view of figures, in words beside the lock symbol: when it was
 * locked, its version and the date its figures are locked at; and whether the figures shown are
 * those (the chosen date is the locked one) or computed as always for another date, with the way
 * to the locked ones. The year-end page ({@value #YEAR_END}) says more.
 */
class LockedYearNotice extends Div {

    /** The year-end page's route, named here so that the dashboard does not depend on the year-end feature. */
    static final String YEAR_END = "arsbokslut";

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    LockedYearNotice(DashboardContext context, LockedYear locked) {
        setId("locked-year");
        addClassName("locked-year");
        Icon icon = VaadinIcon.LOCK.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        Span state = new Span(getTranslation(
                "selection.locked",
                Formats.date(locked.lockedAt().atZoneSameInstant(SWEDEN).toLocalDate()),
                locked.version(),
                Formats.date(locked.evaluationDate())));
        state.addClassName("locked-year-state");
        add(icon, state, new Span(" "));

        LocalDate shown = shown(context.year(), context.evaluationDate());
        if (shown.equals(locked.evaluationDate())) {
            add(new Span(getTranslation("selection.locked.same")));
        } else {
            add(new Span(getTranslation(
                    "selection.locked.other", Formats.date(shown), Formats.date(locked.evaluationDate()))));
            Button show = new Button(getTranslation("selection.locked.show"), e -> {
                context.select(new Selection(context.municipality(), context.year(), locked.evaluationDate()));
                UI.getCurrent().refreshCurrentRoute(false);
            });
            show.setId("locked-year-show");
            show.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            add(show);
        }
        add(new Span(" "));
        Anchor more = new Anchor(YEAR_END, getTranslation("selection.locked.more"));
        more.setId("locked-year-more");
        add(more);
    }

    /** The date whose figures are shown: a date after the plan year gives the year's last day's (docs/fulfilment.md). */
    private static LocalDate shown(int year, LocalDate chosen) {
        LocalDate last = LocalDate.of(year, 12, 31);
        return chosen.isAfter(last) ? last : chosen;
    }
}
