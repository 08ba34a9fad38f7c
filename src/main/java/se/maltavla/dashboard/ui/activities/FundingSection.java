package se.maltavla.dashboard.ui.activities;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import se.maltavla.activity.Activity;
import se.maltavla.activity.FundingSummary;
import se.maltavla.activity.chart.FundingChart;
import se.maltavla.shared.ui.Formats;
import se.maltavla.shared.ui.HtmlTable;

/** External funding against the budget: a bar chart per activity and the same figures, with totals, as a table. */
class FundingSection extends Section {

    FundingSection(ActivityFacts facts) {
        setId("funding");
        String year = String.valueOf(facts.year());
        add(new H2(getTranslation("activities.funding.heading")));
        FundingSummary funding = FundingSummary.of(facts.activities());
        if (funding.activities().isEmpty()) {
            add(new Paragraph(getTranslation("activities.funding.none", year)));
            return;
        }
        String svg = FundingChart.svg(
                funding.activities(),
                new FundingChart.Texts(
                        getLocale(),
                        "funding-chart",
                        getTranslation("activities.funding.title", year),
                        getTranslation(
                                "activities.funding.description",
                                amount(funding.budgetSek()),
                                amount(funding.externalFundingSek())),
                        getTranslation("activities.budget"),
                        getTranslation("activities.funding"),
                        getTranslation("activities.funding.axis")));
        Div chart = new Div(new Svg(svg));
        chart.addClassName("chart");
        add(chart, table(funding, year));
    }

    private HtmlTable table(FundingSummary funding, String year) {
        HtmlTable table = new HtmlTable(
                getTranslation("activities.funding.table", year),
                getTranslation("activities.funding.activity"),
                getTranslation("activities.budget"),
                getTranslation("activities.funding"),
                getTranslation("activities.funding.share"),
                getTranslation("activities.funder"));
        table.setId("funding-table");
        for (Activity activity : funding.activities()) {
            row(table, activity.name(), activity.budgetSek(), activity.externalFundingSek(), activity.funder());
        }
        row(table, getTranslation("activities.funding.total"), funding.budgetSek(), funding.externalFundingSek(), "")
                .addClassName("total");
        return table;
    }

    /** A row with its three figures aligned as numbers. */
    private NativeTableRow row(HtmlTable table, String heading, BigDecimal budget, BigDecimal external, String funder) {
        NativeTableRow row = table.addRow(
                new Span(heading),
                amount(budget),
                amount(external),
                Formats.percent(Amounts.percent(external, budget), getLocale()),
                funder);
        row.getChildren().skip(1).limit(3).forEach(cell -> cell.addClassName("number"));
        return row;
    }

    private String amount(BigDecimal value) {
        return Amounts.text(this, getLocale(), value);
    }
}
