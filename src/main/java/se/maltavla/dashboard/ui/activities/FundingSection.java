package se.maltavla.dashboard.ui.activities;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.math.BigDecimal;
import se.maltavla.activity.Activity;
import se.maltavla.activity.FundingSummary;
import se.maltavla.activity.chart.FundingChart;
import se.maltavla.dashboard.ui.Formats;

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
        String svg = FundingChart.svg(funding.activities(), new FundingChart.Texts(getLocale(), "funding-chart",
                getTranslation("activities.funding.title", year),
                getTranslation("activities.funding.description", amount(funding.budgetSek()), amount(funding.externalFundingSek())),
                getTranslation("activities.budget"), getTranslation("activities.funding"),
                getTranslation("activities.funding.axis")));
        Div chart = new Div(new Svg(svg));
        chart.addClassName("chart");
        add(chart, table(funding, year));
    }

    private NativeTable table(FundingSummary funding, String year) {
        NativeTable table = Tables.table("funding-table", getTranslation("activities.funding.table", year),
                getTranslation("activities.funding.activity"), getTranslation("activities.budget"),
                getTranslation("activities.funding"), getTranslation("activities.funding.share"),
                getTranslation("activities.funder"));
        for (Activity activity : funding.activities()) {
            Tables.row(table, activity.name(), amount(activity.budgetSek()), amount(activity.externalFundingSek()),
                    Formats.percent(Amounts.percent(activity.externalFundingSek(), activity.budgetSek()), getLocale()),
                    activity.funder() == null ? getTranslation("activities.missing") : activity.funder());
        }
        Tables.row(table, getTranslation("activities.funding.total"), amount(funding.budgetSek()),
                amount(funding.externalFundingSek()),
                Formats.percent(Amounts.percent(funding.externalFundingSek(), funding.budgetSek()), getLocale()), "")
                .addClassName("total");
        return table;
    }

    private String amount(BigDecimal value) {
        return Amounts.text(this, getLocale(), value);
    }
}
