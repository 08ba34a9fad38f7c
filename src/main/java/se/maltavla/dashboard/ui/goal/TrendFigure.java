package se.maltavla.dashboard.ui.goal;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import se.maltavla.actionplan.Indicator;
import se.maltavla.actionplan.Measurement;
import se.maltavla.chart.SvgTimeChart;
import se.maltavla.chart.TimeChart;
import se.maltavla.fulfilment.IndicatorFigures;
import se.maltavla.shared.ui.Formats;

/**
 * Actual against target: for a number indicator the chart drawn on the server (values, baseline,
 * target, trend forecast) with its text alternative, a title and a sentence, the values being
 * in the values table it points to; for a yes/no indicator a timeline of its values.
 */
class TrendFigure extends Div {

    static final String VALUES_TABLE_ID = "indicator-values-table";

    TrendFigure(IndicatorPage page) {
        setId("indicator-chart-figure");
        if (page.yesNo()) {
            timeline(page.plan());
        } else {
            chart(page);
        }
    }

    private void chart(IndicatorPage page) {
        Indicator plan = page.plan();
        IndicatorTrend.Labels labels = new IndicatorTrend.Labels(
                getTranslation("goal.indicator.chart.title", plan.code(), plan.name()),
                description(page),
                plan.unit(),
                getTranslation("goal.indicator.chart.measured"),
                getTranslation("goal.indicator.chart.baselineLine"),
                getTranslation("goal.indicator.chart.targetLine"),
                getTranslation("goal.indicator.chart.forecastLine"));
        TimeChart chart = IndicatorTrend.chart(plan, page.figures(), page.lastEnd(), labels, getLocale());
        Svg svg = new Svg(SvgTimeChart.render(chart));
        svg.addClassName("chart");
        svg.setId("indicator-chart");
        Paragraph caption = new Paragraph(labels.description() + " " + getTranslation("goal.indicator.chart.table"));
        caption.setId("indicator-chart-description");
        caption.addClassName("chart-description");
        svg.getElement().setAttribute("aria-describedby", "indicator-chart-description " + VALUES_TABLE_ID);
        add(svg, caption);
    }

    /** "3 värden, från 2017-04-30 till 2017-12-31; senast 6 st. Utgångsvärde 3 st. Målvärde 5 st till 2017-12-31. …" */
    String description(IndicatorPage page) {
        Indicator plan = page.plan();
        List<TimeChart.Point> points = IndicatorTrend.measured(plan.values(), page.lastEnd());
        String range = points.isEmpty()
                ? ""
                : getTranslation(
                        "goal.indicator.chart.range",
                        Formats.date(points.getFirst().date()),
                        Formats.date(points.getLast().date()),
                        ValueText.number(this, points.getLast().value(), plan.unit()));
        List<String> sentences = new ArrayList<>();
        sentences.add(getTranslation("goal.indicator.chart.description", points.size(), range));
        if (plan.baseline() != null) {
            sentences.add(getTranslation(
                    "goal.indicator.chart.baseline", ValueText.number(this, plan.baseline(), plan.unit())));
        }
        IndicatorFigures figures = page.figures();
        if (plan.targetNumber() != null) {
            sentences.add(getTranslation(
                    "goal.indicator.chart.target",
                    ValueText.number(this, plan.targetNumber(), plan.unit()),
                    Formats.date(figures == null ? plan.targetDate() : figures.targetDate())));
        }
        if (figures != null && figures.forecast() != null) {
            sentences.add(getTranslation(
                    "goal.indicator.chart.trend",
                    ValueText.estimate(this, figures.forecast().value(), plan.unit())));
        }
        return String.join(" ", sentences);
    }

    private void timeline(Indicator plan) {
        if (plan.values().isEmpty()) {
            add(new Paragraph(getTranslation("goal.indicator.timeline.none")));
            return;
        }
        OrderedList list = new OrderedList();
        list.setId("indicator-timeline");
        list.addClassName("timeline");
        for (Measurement value : plan.values()) {
            ListItem item = new ListItem(getTranslation(
                    "goal.indicator.timeline.item",
                    value.period(),
                    Formats.date(value.periodEnd()),
                    ValueText.measured(this, value, plan)));
            item.addClassName(Boolean.TRUE.equals(value.valueYes()) ? "timeline-yes" : "timeline-no");
            list.add(item);
        }
        add(new Paragraph(getTranslation("goal.indicator.timeline")), list);
    }
}
