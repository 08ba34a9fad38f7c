package se.maltavla.dashboard.ui.goal;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Shown instead of a goal or an indicator that the chosen municipality's plan year does not
 * have (an old link, another municipality's id, a mistyped address): what happened and the way
 * back, never an error page.
 */
class NotInPlanYear extends Div {

    /** @param kind {@code goal} or {@code goal.indicator}: the bundle keys' prefix */
    NotInPlanYear(String kind, String id, String municipality, int year) {
        setId("not-found");
        add(new H1(getTranslation(kind + ".notfound.title")));
        add(new Paragraph(getTranslation(kind + ".notfound", id, municipality, String.valueOf(year))));
        Anchor back = new Anchor("", getTranslation("goal.notfound.back"));
        back.setId("back-to-overview");
        add(new Paragraph(back));
    }
}
