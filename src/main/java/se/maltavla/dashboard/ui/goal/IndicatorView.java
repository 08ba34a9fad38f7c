package se.maltavla.dashboard.ui.goal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import se.maltavla.actionplan.ActionPlanService;
import se.maltavla.actionplan.Indicator;
import se.maltavla.dashboard.ui.DashboardContext;
import se.maltavla.dashboard.ui.ExportWords;
import se.maltavla.dashboard.ui.FulfilmentBar;
import se.maltavla.dashboard.ui.StatusBadge;
import se.maltavla.dataimport.ImportService;
import se.maltavla.fulfilment.IndicatorFigures;
import se.maltavla.fulfilment.PlanYearResults;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.shared.ui.Formats;
import se.maltavla.shared.ui.MainLayout;
import se.maltavla.strategy.StrategyService;

/**
 * An indicator of the chosen plan year: its status and the value used, the trend forecast in
 * words, actual against target as a chart, every value with its source file and line, and the
 * indicator's plan row. Reached as indikator/ID from its goal.
 */
@Route(value = "indikator/:id", layout = MainLayout.class)
@PermitAll
class IndicatorView extends SubjectView<IndicatorPage> {

    private final ActionPlanService plans;
    private final ImportService imports;

    IndicatorView(
            DashboardContext context, ActionPlanService plans, StrategyService strategies, ImportService imports) {
        super(context, strategies, "indicator", "goal.indicator");
        this.plans = plans;
        this.imports = imports;
    }

    @Override
    protected Optional<IndicatorPage> find(long id, PlanYearResults results) {
        return IndicatorPage.find(id, results, plans.indicators(results.municipality(), results.year()));
    }

    @Override
    protected void present(IndicatorPage page) {
        Indicator plan = page.plan();
        ExportWords words = ExportWords.of(this);
        header(
                plan.name(),
                getTranslation("goal.indicator.title", plan.code()),
                page.results(),
                "indikator",
                plan.code(),
                out -> IndicatorCsv.write(page, words, out),
                new Text(getTranslation("goal.indicator.lead", plan.code()) + " · "
                        + getTranslation("goal.indicator.goal") + ": "),
                page.goal() == null
                        ? new Text(plan.goalCode())
                        : new Anchor(
                                "mal/" + page.goal().subjectId(),
                                page.goal().code() + " " + page.goal().name()));
        RejectedValueHint.of(imports, page.results().municipality(), plan).ifPresent(this::add);
        add(
                section("indicator-summary", "goal.indicator.summary", summary(page)),
                section("indicator-chart", "goal.indicator.chart", new TrendFigure(page)),
                section("indicator-values", "goal.indicator.values", ValuesTable.of(this, page)),
                section("indicator-facts", "goal.indicator.facts", IndicatorFacts.of(this, plan)));
    }

    private Component summary(IndicatorPage page) {
        ResultRow row = page.row();
        IndicatorFigures figures = page.figures();
        return new Facts()
                .add(getTranslation("goal.status"), new StatusBadge(row.status()))
                .add(getTranslation("goal.fulfilment"), new FulfilmentBar(row.fulfilmentPercent(), row.status()))
                .add(
                        getTranslation("goal.indicator.value"),
                        figures == null || figures.valuePeriod() == null
                                ? getTranslation("goal.indicator.value.none")
                                : ValueText.used(this, figures, page.plan()))
                .add(
                        getTranslation("goal.indicator.progress"),
                        figures == null || figures.rawProgress() == null
                                ? null
                                : getTranslation(
                                        "goal.indicator.progress.value",
                                        Formats.percent(figures.rawProgress().movePointRight(2), getLocale())))
                .add(getTranslation("goal.indicator.forecast"), forecast(page))
                .add(
                        getTranslation("goal.evaluated"),
                        Formats.date(page.results().evaluationDate()));
    }

    /** The forecast in words: "På väg: trenden når 6,4 st vid måldatum 2017-12-31". */
    private String forecast(IndicatorPage page) {
        if (page.yesNo()) {
            return getTranslation("goal.indicator.forecast.yesno");
        }
        IndicatorFigures figures = page.figures();
        IndicatorFigures.Forecast forecast = figures == null ? null : figures.forecast();
        if (forecast == null) {
            return getTranslation("goal.indicator.forecast.none");
        }
        String key =
                forecast.status() == null ? "unmeasurable" : forecast.status().code();
        return getTranslation(
                "goal.indicator.forecast." + key,
                ValueText.estimate(this, forecast.value(), page.plan().unit()),
                Formats.date(figures.targetDate()));
    }
}
