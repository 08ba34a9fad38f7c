package se.maltavla.dashboard.ui.goal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import se.maltavla.actionplan.ActionPlanService;
import se.maltavla.dashboard.ui.DashboardContext;
import se.maltavla.dashboard.ui.ExportWords;
import se.maltavla.dashboard.ui.FulfilmentBar;
import se.maltavla.dashboard.ui.StatusBadge;
import se.maltavla.fulfilment.FulfilmentService;
import se.maltavla.fulfilment.PlanYearResults;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.shared.ui.DataTable;
import se.maltavla.shared.ui.Formats;
import se.maltavla.shared.ui.MainLayout;
import se.maltavla.strategy.StrategyService;

/**
 * A goal of the chosen plan year: its fulfilment and coverage, its nämnd, what in the strategy
 * it counts for, its indicators, and the guideline and SMART check. Reached as mal/ID from the
 * overview, the area, the nämnd and the matrix.
 */
@Route(value = "mal/:id", layout = MainLayout.class)
@PermitAll
class GoalView extends SubjectView<GoalPage> {

    private final FulfilmentService fulfilment;
    private final ActionPlanService plans;

    GoalView(
            DashboardContext context,
            FulfilmentService fulfilment,
            ActionPlanService plans,
            StrategyService strategies) {
        super(context, strategies, "goal", "goal");
        this.fulfilment = fulfilment;
        this.plans = plans;
    }

    @Override
    protected Optional<GoalPage> find(long id, PlanYearResults results) {
        return GoalPage.find(
                id,
                results,
                plans.goals(results.municipality(), results.year()),
                plans.indicators(results.municipality(), results.year()),
                fulfilment.guidelines(results.municipality(), results.year()));
    }

    @Override
    protected void present(GoalPage page) {
        ResultRow goal = page.goal();
        ExportWords words = ExportWords.of(this);
        header(
                page.text(),
                getTranslation("goal.title", goal.code()),
                page.results(),
                "mal",
                goal.code(),
                out -> GoalCsv.write(page, words, out),
                new Text(getTranslation("goal.lead", goal.code())));
        add(
                summary(page),
                elements(page),
                indicators(page),
                section("goal-guidelines", "goal.guidelines", new GuidelineChecklist(page.failed())));
    }

    private Component summary(GoalPage page) {
        ResultRow goal = page.goal();
        ResultRow committee = page.committee();
        Facts facts = new Facts()
                .add(getTranslation("goal.status"), new StatusBadge(goal.status()))
                .add(getTranslation("goal.fulfilment"), new FulfilmentBar(goal.fulfilmentPercent(), goal.status()))
                .add(
                        getTranslation("goal.coverage"),
                        goal.coveragePercent() == null
                                ? getTranslation("goal.coverage.none")
                                : getTranslation(
                                        "goal.coverage.value",
                                        Formats.percent(goal.coveragePercent(), getLocale()),
                                        goal.indicatorsWithValue(),
                                        goal.indicators()))
                .add(
                        getTranslation("goal.committee"),
                        committee == null
                                ? page.plan() == null ? null : page.plan().committee()
                                : new Anchor("namnder/" + committee.subjectId(), committee.name()))
                .add(
                        getTranslation("goal.evaluated"),
                        Formats.date(page.results().evaluationDate()));
        return section("goal-summary", "goal.summary", facts);
    }

    private Component elements(GoalPage page) {
        if (page.elements().isEmpty()) {
            return section("goal-elements", "goal.elements", new Paragraph(getTranslation("goal.elements.none")));
        }
        UnorderedList list = new UnorderedList();
        for (GoalPage.Contribution contribution : page.elements()) {
            ResultRow element = contribution.element();
            Span how = new Span(" – " + getTranslation("goal.element." + element.type()) + ", "
                    + getTranslation(contribution.direct() ? "goal.elements.direct" : "goal.elements.indirect"));
            how.addClassName("muted");
            ListItem item = new ListItem(
                    new Anchor("omrade/" + element.subjectId(), element.code() + " " + element.name()), how);
            item.getElement().setAttribute("data-code", element.code());
            list.add(item);
        }
        return section("goal-elements", "goal.elements", list);
    }

    private Component indicators(GoalPage page) {
        if (page.indicators().isEmpty()) {
            return section("goal-indicators", "goal.indicators", new Paragraph(getTranslation("goal.indicators.none")));
        }
        DataTable<GoalPage.IndicatorLine> table = new DataTable<GoalPage.IndicatorLine>(
                        getTranslation("goal.indicators.caption"))
                .component(
                        getTranslation("goal.column.indicator"),
                        line -> new Anchor(
                                "indikator/" + line.row().subjectId(),
                                line.row().code() + " " + line.row().name()))
                .component(
                        getTranslation("goal.column.status"),
                        line -> new StatusBadge(line.row().status()))
                .component(
                        getTranslation("goal.column.fulfilment"),
                        line -> new FulfilmentBar(
                                line.row().fulfilmentPercent(), line.row().status()))
                .text(
                        getTranslation("goal.column.value"),
                        line -> ValueText.used(this, line.row().indicator(), line.plan()))
                .text(getTranslation("goal.column.target"), line -> ValueText.target(this, line.plan()))
                .number(
                        getTranslation("goal.column.weight"),
                        line -> line.plan() == null
                                ? "–"
                                : Formats.decimal(line.plan().weight(), getLocale()))
                .items(page.indicators());
        table.setId("goal-indicator-table");
        return section("goal-indicators", "goal.indicators", table);
    }
}
