package se.maltavla.yearend.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Function;
import se.maltavla.yearend.Readiness;

/**
 * Issue 11, section 1: what is missing before locking, per nämnd with a plan (goals without a value
 * at the year's end, indicators that cannot be measured, goals without a qualitative text,
 * activities breaking the guidelines). It warns; it never blocks locking.
 */
class ReadinessSection extends Section {

    ReadinessSection(Readiness readiness, boolean locked) {
        setId("year-end-readiness");
        add(new H2(getTranslation("yearend.readiness.title")));
        Paragraph lead =
                new Paragraph(getTranslation(locked ? "yearend.readiness.lead.locked" : "yearend.readiness.lead"));
        lead.addClassName("lead");
        add(lead);
        if (readiness.complete()) {
            Paragraph complete = new Paragraph(getTranslation("yearend.readiness.complete"));
            complete.setId("readiness-complete");
            add(complete);
            return;
        }
        List<Readiness.Committee> gaps =
                readiness.committees().stream().filter(c -> !c.complete()).toList();
        Paragraph summary = new Paragraph(getTranslation(
                "yearend.readiness.summary", gaps.size(), readiness.committees().size()));
        summary.setId("readiness-summary");
        add(summary);
        for (Readiness.Committee committee : gaps) {
            add(committee(committee));
        }
        List<String> complete = readiness.committees().stream()
                .filter(Readiness.Committee::complete)
                .map(Readiness.Committee::name)
                .toList();
        if (!complete.isEmpty()) {
            add(new Paragraph(getTranslation("yearend.readiness.complete.committees", String.join(", ", complete))));
        }
        if (!readiness.rejectedFiles().isEmpty()) {
            add(rejectedFiles(readiness.rejectedFiles()));
        }
    }

    /** The files whose rejected rows about the plan year still stand, each linked to its rows on the Import view. */
    private Div rejectedFiles(List<Readiness.RejectedFile> files) {
        Div block = new Div(new H3(getTranslation("yearend.readiness.rejected", files.size())));
        block.setId("readiness-rejected-files");
        block.add(new Paragraph(getTranslation("yearend.readiness.rejected.lead")));
        UnorderedList list = new UnorderedList();
        for (Readiness.RejectedFile file : files) {
            String kind = file.kind() == null ? null : getTranslation("import.kind." + file.kind());
            String label = kind == null || kind.startsWith("!") ? file.fileName() : file.fileName() + " (" + kind + ")";
            Anchor link = new Anchor("import?korning=" + file.runId() + "&fil=" + file.fileId(), label);
            ListItem item = item(
                    link,
                    getTranslation(
                            "yearend.readiness.rejected.item",
                            file.rows(),
                            file.firstLine(),
                            Dates.dayAndTime(file.importedAt())));
            item.getElement().setAttribute("data-file", file.fileName());
            list.add(item);
        }
        block.add(list);
        return block;
    }

    private Div committee(Readiness.Committee committee) {
        Div block = new Div(new H3(committee.name()));
        block.addClassName("readiness-committee");
        block.getElement().setAttribute("data-committee", committee.name());
        gap(
                block,
                "withoutvalues",
                committee.goalsWithoutValues(),
                goal -> item(
                        goal(goal),
                        getTranslation(
                                "yearend.readiness.withoutvalues.item",
                                goal.indicatorsWithValue(),
                                goal.indicators())));
        gap(
                block,
                "notmeasurable",
                committee.notMeasurable(),
                indicator -> item(
                        new Anchor("indikator/" + indicator.id(), indicator.code() + " " + indicator.name()),
                        indicator.goalCode() == null
                                ? null
                                : getTranslation("yearend.readiness.notmeasurable.item", indicator.goalCode())));
        gap(block, "withouttext", committee.goalsWithoutText(), goal -> item(goal(goal), null));
        gap(
                block,
                "breaking",
                committee.breakingGuidelines(),
                activity -> item(
                        new Text(activity.code() + " " + activity.name()),
                        String.join(
                                ", ",
                                activity.failed().stream()
                                        .sorted()
                                        .map(c -> getTranslation("pack.criterion." + c.code()))
                                        .toList())));
        return block;
    }

    private <T> void gap(Div block, String key, List<T> items, Function<T, ListItem> item) {
        if (items.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("readiness-" + key);
        items.forEach(i -> list.add(item.apply(i)));
        block.add(new H4(getTranslation("yearend.readiness." + key, items.size())), list);
    }

    private static Anchor goal(Readiness.Goal goal) {
        return new Anchor("mal/" + goal.id(), goal.code() + " " + goal.text());
    }

    private static ListItem item(Component subject, String detail) {
        ListItem item = new ListItem(subject);
        if (detail != null && !detail.isBlank()) {
            item.add(new Text(" – " + detail));
        }
        return item;
    }
}
