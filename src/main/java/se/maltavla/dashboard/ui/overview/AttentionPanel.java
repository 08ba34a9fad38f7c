package se.maltavla.dashboard.ui.overview;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.maltavla.fulfilment.GuidelineReport;
import se.maltavla.fulfilment.ResultRow;

/**
 * "Behöver uppmärksamhet": goals not met, goals without values, nämnder that have not
 * reported, and activities that break the strategy's guidelines, each linking to its view.
 */
class AttentionPanel extends Section {

    AttentionPanel(OverviewFigures figures) {
        setId("attention");
        addClassName("attention");
        add(new H2(getTranslation("overview.attention")));
        add(group("attention-not-met", "overview.attention.notmet", figures.goalsNotMet(), this::goal));
        add(group("attention-no-values", "overview.attention.novalues", figures.goalsWithoutValues(), this::goal));
        add(group(
                "attention-committees",
                "overview.attention.committees",
                figures.committeesNotReported(),
                c -> new Anchor("namnder/" + c.subjectId(), c.name())));
        add(group(
                "attention-activities",
                "overview.attention.activities",
                figures.activitiesBreakingGuidelines(),
                this::activity));
    }

    private <T> Component group(String id, String key, List<T> items, Function<T, Component> show) {
        Section group = new Section(new H3(getTranslation(key, items.size())));
        group.setId(id);
        if (items.isEmpty()) {
            group.add(new Paragraph(getTranslation("overview.attention.nothing")));
            return group;
        }
        UnorderedList list = new UnorderedList();
        items.forEach(item -> list.add(new ListItem(show.apply(item))));
        group.add(list);
        return group;
    }

    private Component goal(ResultRow goal) {
        return new Anchor("mal/" + goal.subjectId(), goal.code() + " " + goal.name());
    }

    private Component activity(GuidelineReport.Breach breach) {
        String failed = breach.failed().stream()
                .map(c -> getTranslation("guideline." + c.code()))
                .collect(Collectors.joining(", "));
        return new Span(
                breach.code() + " " + breach.name() + " – " + getTranslation("overview.attention.missing", failed));
    }
}
