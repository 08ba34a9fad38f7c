package se.maltavla.dashboard.ui.activities;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.maltavla.activity.Activity;
import se.maltavla.activity.ActivityType;
import se.maltavla.activity.LinkedElement;
import se.maltavla.fulfilment.GuidelineCriterion;

/** The activities grouped by type (twin towns, projects, networks, …), each as a card with its facts and guideline check. */
class ActivityList extends Div {

    private final ActivityFacts facts;

    ActivityList(ActivityFacts facts) {
        this.facts = facts;
        setId("activity-list");
        for (ActivityType type : ActivityType.values()) {
            List<Activity> ofType =
                    facts.activities().stream().filter(a -> a.type() == type).toList();
            if (ofType.isEmpty()) {
                continue;
            }
            Section section = new Section();
            section.setId("type-" + type.code());
            section.add(new H2(getTranslation(
                    "activities.heading",
                    getTranslation("activities.type." + type.code()),
                    String.valueOf(ofType.size()))));
            Div cards = new Div();
            cards.addClassNames("cards", "activity-cards");
            ofType.forEach(activity -> cards.add(card(activity)));
            section.add(cards);
            add(section);
        }
    }

    private Component card(Activity activity) {
        Div card = new Div();
        card.addClassNames("card", "activity");
        card.getElement().setAttribute("data-code", activity.code());
        Span code = new Span(getTranslation("activities.code", activity.code()));
        code.addClassName("muted");
        DescriptionList facts = new DescriptionList();
        fact(facts, "activities.partner", activity.partner());
        fact(
                facts,
                "activities.country",
                activity.countryCodes().isEmpty()
                        ? null
                        : activity.countryCodes().stream()
                                .map(country -> ActivityFacts.countryName(country, getLocale()))
                                .collect(java.util.stream.Collectors.joining(", ")));
        fact(facts, "activities.period", period(activity));
        fact(facts, "activities.committee", activity.committee());
        fact(facts, "activities.links", elements(activity.links()));
        if (!activity.perspectives().isEmpty()) {
            fact(facts, "activities.perspectives", elements(activity.perspectives()));
        }
        if (activity.hasFunding()) {
            fact(facts, "activities.budget", Amounts.text(this, getLocale(), activity.budgetSek()));
            fact(facts, "activities.funding", Amounts.text(this, getLocale(), activity.externalFundingSek()));
            fact(facts, "activities.funder", activity.funder());
        }
        facts.add(
                new DescriptionList.Term(getTranslation("activities.guidelines")),
                new DescriptionList.Description(guidelines(activity)));
        card.add(new H3(activity.name()), code, facts);
        return card;
    }

    private void fact(DescriptionList list, String key, String value) {
        list.add(
                new DescriptionList.Term(getTranslation(key)),
                new DescriptionList.Description(
                        value == null || value.isBlank() ? getTranslation("activities.missing") : value));
    }

    private String period(Activity activity) {
        if (activity.start() == null && activity.end() == null) {
            return getTranslation("activities.period.none");
        }
        if (activity.end() == null) {
            return getTranslation("activities.period.from", activity.start().toString());
        }
        return activity.start() == null
                ? getTranslation("activities.period.until", activity.end().toString())
                : getTranslation(
                        "activities.period.range",
                        activity.start().toString(),
                        activity.end().toString());
    }

    private static String elements(List<LinkedElement> elements) {
        return elements.stream().map(e -> e.code() + " " + e.name()).collect(Collectors.joining("; "));
    }

    private Component guidelines(Activity activity) {
        Span check = new Span();
        check.addClassName("guideline-check");
        if (!facts.guidelinesKnown()) {
            check.setText(getTranslation("activities.guidelines.unknown"));
            return check;
        }
        Set<GuidelineCriterion> failed = facts.failed(activity);
        Icon icon = (failed.isEmpty() ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.WARNING).create();
        icon.getElement().setAttribute("aria-hidden", "true");
        String text = failed.isEmpty()
                ? getTranslation("activities.guidelines.met")
                : getTranslation(
                        "activities.guidelines.breach",
                        failed.stream()
                                .sorted()
                                .map(c -> getTranslation("guideline." + c.code()))
                                .collect(Collectors.joining(", ")));
        check.add(icon, new Span(text));
        check.addClassName(failed.isEmpty() ? "guideline-met" : "guideline-breach");
        return check;
    }
}
