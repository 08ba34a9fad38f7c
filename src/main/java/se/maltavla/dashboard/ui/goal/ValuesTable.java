package se.maltavla.dashboard.ui.goal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import se.maltavla.actionplan.Indicator;
import se.maltavla.actionplan.Measurement;
import se.maltavla.shared.ui.DataTable;
import se.maltavla.shared.ui.Formats;

/** Every value of an indicator with its period, comment, reporter and the file and line it came from. */
final class ValuesTable {

    private ValuesTable() {}

    static Component of(Component in, IndicatorPage page) {
        Indicator plan = page.plan();
        if (plan.values().isEmpty()) {
            return new Paragraph(in.getTranslation("goal.indicator.values.none"));
        }
        DataTable<Measurement> table = new DataTable<Measurement>(in.getTranslation("goal.indicator.values.caption"))
                .text(in.getTranslation("goal.indicator.column.period"), Measurement::period)
                .text(in.getTranslation("goal.indicator.column.end"), value -> Formats.date(value.periodEnd()))
                .number(in.getTranslation("goal.indicator.column.value"), value -> ValueText.measured(in, value, plan))
                .text(in.getTranslation("goal.indicator.column.comment"), value -> ValueText.text(value.comment()))
                .text(
                        in.getTranslation("goal.indicator.column.reportedBy"),
                        value -> ValueText.text(value.reportedBy()))
                .text(
                        in.getTranslation("goal.indicator.column.file"),
                        value -> value.source() == null ? "–" : value.source().fileName())
                .number(
                        in.getTranslation("goal.indicator.column.line"),
                        value -> value.source() == null
                                ? "–"
                                : String.valueOf(value.source().line()))
                .component(
                        in.getTranslation("goal.indicator.column.used"),
                        value -> page.used(value) ? used(in) : new Span())
                .items(plan.values());
        table.setId(TrendFigure.VALUES_TABLE_ID);
        return table;
    }

    private static Component used(Component in) {
        Icon icon = VaadinIcon.CHECK.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        Span used = new Span(icon, new Span(in.getTranslation("goal.indicator.used")));
        used.addClassName("used-marker");
        return used;
    }
}
