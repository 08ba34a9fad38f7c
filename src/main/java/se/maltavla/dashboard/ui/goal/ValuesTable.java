package se.maltavla.dashboard.ui.goal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import se.maltavla.actionplan.Indicator;
import se.maltavla.actionplan.Measurement;
import se.maltavla.dashboard.ui.Formats;

/** Every value of an indicator with its period, comment, reporter and the file and line it came from. */
final class ValuesTable {

    private ValuesTable() {}

    static Component of(Component in, IndicatorPage page) {
        Indicator plan = page.plan();
        if (plan.values().isEmpty()) {
            return new Paragraph(in.getTranslation("goal.indicator.values.none"));
        }
        DataTable table = new DataTable(in.getTranslation("goal.indicator.values.caption"),
                in.getTranslation("goal.indicator.column.period"), in.getTranslation("goal.indicator.column.end"),
                in.getTranslation("goal.indicator.column.value"), in.getTranslation("goal.indicator.column.comment"),
                in.getTranslation("goal.indicator.column.reportedBy"), in.getTranslation("goal.indicator.column.file"),
                in.getTranslation("goal.indicator.column.line"), in.getTranslation("goal.indicator.column.used"));
        table.setId(TrendFigure.VALUES_TABLE_ID);
        for (Measurement value : plan.values()) {
            boolean used = page.used(value);
            NativeTableRow row = table.row(value.period(), Formats.date(value.periodEnd()), ValueText.measured(in, value, plan),
                    ValueText.text(value.comment()), ValueText.text(value.reportedBy()),
                    value.source() == null ? null : value.source().fileName(),
                    value.source() == null ? null : String.valueOf(value.source().line()), used ? used(in) : "");
            row.getElement().setAttribute("data-period", value.period());
            if (used) {
                row.addClassName("value-used");
            }
        }
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
