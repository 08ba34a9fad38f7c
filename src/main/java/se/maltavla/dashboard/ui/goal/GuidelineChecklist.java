package se.maltavla.dashboard.ui.goal;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import se.maltavla.fulfilment.GuidelineCriterion;

/**
 * The guideline and SMART check of a goal (docs/fulfilment.md §5.2): every criterion, met or not, each
 * as an icon and words ("ägare: uppfylls"), so that a met criterion is as visible as a failed one.
 */
class GuidelineChecklist extends Div {

    GuidelineChecklist(Set<GuidelineCriterion> failed) {
        setId("guideline-check");
        add(new Paragraph(getTranslation("goal.guidelines.lead")));
        add(new H3(getTranslation("goal.guidelines.rules")), list(failed, false));
        add(new H3(getTranslation("goal.guidelines.smart")), list(failed, true));
    }

    private UnorderedList list(Set<GuidelineCriterion> failed, boolean smart) {
        UnorderedList list = new UnorderedList();
        list.addClassName("criteria");
        Arrays.stream(GuidelineCriterion.values())
                .filter(c -> c.smart() == smart)
                .forEach(criterion -> {
                    boolean met = !failed.contains(criterion);
                    Icon icon = (met ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CLOSE_CIRCLE).create();
                    icon.getElement().setAttribute("aria-hidden", "true");
                    String word = capitalised(getTranslation("guideline." + criterion.code()));
                    ListItem item = new ListItem(
                            icon,
                            new Span(getTranslation(met ? "goal.guidelines.met" : "goal.guidelines.failed", word)));
                    item.addClassNames("criterion", met ? "criterion-met" : "criterion-failed");
                    item.getElement().setAttribute("data-criterion", criterion.code());
                    list.add(item);
                });
        return list;
    }

    private String capitalised(String word) {
        return word.isEmpty()
                ? word
                : word.substring(0, 1).toUpperCase(getLocale() == null ? Locale.ROOT : getLocale()) + word.substring(1);
    }
}
