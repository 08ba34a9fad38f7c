package se.maltavla.yearend.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import se.maltavla.shared.ui.HtmlTable;
import se.maltavla.yearend.YearEndService;
import se.maltavla.yearend.YearEndState;
import se.maltavla.yearend.YearEndVersion;

/** Every version of the plan year (who locked it, when, who reopened it, when and why) and the difference between two. */
class VersionsSection extends Section {

    private final YearEndState state;
    private final YearEndService yearEnd;
    private final Div difference = new Div();

    VersionsSection(YearEndState state, YearEndService yearEnd) {
        this.state = state;
        this.yearEnd = yearEnd;
        setId("year-end-versions");
        add(new H2(getTranslation("yearend.versions.title")));
        if (state.versions().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("yearend.versions.none"));
            none.setId("versions-none");
            add(none);
            return;
        }
        add(wrapped(table()));
        add(
                new H3(getTranslation("yearend.difference.title")),
                new Paragraph(getTranslation("yearend.difference.lead")));
        List<Integer> numbers =
                state.versions().stream().map(YearEndVersion::version).toList();
        if (numbers.size() < 2) {
            Paragraph one = new Paragraph(getTranslation("yearend.difference.onlyone"));
            one.setId("difference-onlyone");
            add(one);
            return;
        }
        Select<Integer> from = versionChoice("difference-from", "yearend.difference.from", numbers, numbers.get(1));
        Select<Integer> to = versionChoice("difference-to", "yearend.difference.to", numbers, numbers.getFirst());
        from.addValueChangeListener(e -> showDifference(from.getValue(), to.getValue()));
        to.addValueChangeListener(e -> showDifference(from.getValue(), to.getValue()));
        Div choice = new Div(from, to);
        choice.addClassName("year-end-form");
        difference.setId("difference");
        add(choice, difference);
        showDifference(from.getValue(), to.getValue());
    }

    private HtmlTable table() {
        HtmlTable table = new HtmlTable(
                getTranslation("yearend.versions.caption", state.year()),
                getTranslation("yearend.versions.col.version"),
                getTranslation("yearend.versions.col.date"),
                getTranslation("yearend.versions.col.locked"),
                getTranslation("yearend.versions.col.reopened"),
                getTranslation("yearend.versions.col.reason"));
        table.setId("versions");
        for (YearEndVersion v : state.versions()) {
            String name = getTranslation("yearend.versions.version", v.version())
                    + (v.inForce() ? " (" + getTranslation("yearend.versions.inforce") + ")" : "");
            Anchor report = new Anchor(
                    ReportView.route(state.municipality(), state.year(), v.version()),
                    getTranslation("yearend.versions.report"));
            report.addClassName("version-report");
            table.addRow(
                            new Div(new Span(name), report),
                            v.evaluationDate().toString(),
                            getTranslation("yearend.versions.by", Dates.dayAndTime(v.lockedAt()), v.lockedBy()),
                            v.inForce()
                                    ? null
                                    : getTranslation(
                                            "yearend.versions.by", Dates.dayAndTime(v.reopenedAt()), v.reopenedBy()),
                            v.reopenReason())
                    .getElement()
                    .setAttribute("data-version", String.valueOf(v.version()));
        }
        return table;
    }

    private Select<Integer> versionChoice(String id, String label, List<Integer> versions, int value) {
        Select<Integer> select = new Select<>();
        select.setId(id);
        select.setLabel(getTranslation(label));
        select.setItems(versions);
        select.setItemLabelGenerator(v -> getTranslation("yearend.versions.version", v));
        select.setValue(value);
        select.setWidth("10em");
        return select;
    }

    private void showDifference(Integer from, Integer to) {
        difference.removeAll();
        if (from == null || to == null || from.equals(to)) {
            difference.add(new Paragraph(getTranslation("yearend.difference.same")));
            return;
        }
        difference.add(new DifferenceTable(yearEnd.difference(state.municipality(), state.year(), from, to)));
    }

    static Div wrapped(HtmlTable table) {
        Div wrapper = new Div(table);
        wrapper.addClassName("data-table-wrapper");
        WideTables.focusableWhenScrolledItself(wrapper);
        return wrapper;
    }
}
