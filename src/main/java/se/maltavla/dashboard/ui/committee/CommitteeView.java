package se.maltavla.dashboard.ui.committee;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import se.maltavla.dashboard.ui.DashboardContext;
import se.maltavla.dashboard.ui.DashboardPage;
import se.maltavla.dashboard.ui.ExportWords;
import se.maltavla.dashboard.ui.FulfilmentBar;
import se.maltavla.dashboard.ui.StatusBadge;
import se.maltavla.fulfilment.FulfilmentService;
import se.maltavla.fulfilment.GuidelineCriterion;
import se.maltavla.fulfilment.GuidelineReport;
import se.maltavla.fulfilment.GuidelineShares;
import se.maltavla.fulfilment.PlanYearResults;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.shared.ui.CsvExport;
import se.maltavla.shared.ui.HtmlTable;
import se.maltavla.shared.ui.MainLayout;
import se.maltavla.strategy.StrategyService;

/**
 * One nämnd in the chosen plan year: its own figure, its goals with status and fulfilment, its
 * guideline compliance per criterion, and its goals and activities that break a guideline.
 */
@Route(value = "namnder/:id", layout = MainLayout.class)
@PermitAll
class CommitteeView extends DashboardPage {

    private final FulfilmentService fulfilment;

    CommitteeView(DashboardContext context, FulfilmentService fulfilment, StrategyService strategies) {
        super("committee", "committee.list.title", context, strategies);
        this.fulfilment = fulfilment;
    }

    @Override
    protected void show(BeforeEnterEvent event) {
        PlanYearResults results = context.results();
        CommitteeFigures figures =
                new CommitteeFigures(results, fulfilment.guidelines(context.municipality(), context.year()));
        String id = event.getRouteParameters().get("id").orElse("");
        Optional<ResultRow> committee =
                id.matches("\\d{1,18}") ? figures.committee(Long.parseLong(id)) : Optional.empty();
        if (committee.isEmpty()) {
            top(getTranslation("committee.unknown.title"));
            missing(
                            getTranslation("committee.unknown", id, context.municipalityName(), results.year()),
                            new Anchor("namnder", getTranslation("committee.back")))
                    .setId("committee-unknown");
            return;
        }
        show(figures, committee.get());
    }

    private void show(CommitteeFigures figures, ResultRow committee) {
        PlanYearResults results = figures.results();
        ExportWords words = ExportWords.of(this);
        top(committee.name())
                .exports(
                        CsvExport.stem(
                                "namnd",
                                results.municipality(),
                                committee.name(),
                                String.valueOf(results.year()),
                                results.evaluationDate().toString()),
                        out -> CommitteeCsv.committee(figures, committee, words, out))
                .lead(new Anchor("namnder", getTranslation("committee.back")))
                .bar(selection());
        Div overall = new Div(
                new Span(getTranslation("committee.column.fulfilment")),
                new FulfilmentBar(committee.fulfilmentPercent(), committee.status()),
                new StatusBadge(committee.status()),
                new Span(
                        getTranslation("committee.reported", committee.indicatorsWithValue(), committee.indicators())));
        overall.addClassName("committee-overall");
        overall.setId("committee-overall");
        add(
                overall,
                goals(figures, committee),
                guidelines(figures.shares(committee)),
                breaches(figures.breaches(committee)));
    }

    private Component goals(CommitteeFigures figures, ResultRow committee) {
        Section section = new Section(new H2(getTranslation("committee.goals")));
        section.setId("committee-goals");
        List<ResultRow> goals = figures.goals(committee);
        if (goals.isEmpty()) {
            section.add(new Paragraph(
                    getTranslation("committee.goals.none", figures.results().year())));
            return section;
        }
        HtmlTable table = new HtmlTable(
                getTranslation(
                        "committee.goals.caption",
                        committee.name(),
                        figures.results().year()),
                getTranslation("committee.column.goal"),
                getTranslation("committee.column.code"),
                getTranslation("committee.column.status"),
                getTranslation("committee.column.fulfilment"),
                getTranslation("committee.column.reported"));
        table.setId("goal-table");
        for (ResultRow goal : goals) {
            Span code = new Span(goal.code());
            code.addClassName("nowrap");
            table.addRow(
                            new Anchor("mal/" + goal.subjectId(), goal.name()),
                            code,
                            new StatusBadge(goal.status()),
                            new FulfilmentBar(goal.fulfilmentPercent(), goal.status()),
                            getTranslation("committee.reported", goal.indicatorsWithValue(), goal.indicators()))
                    .getElement()
                    .setAttribute("data-goal", goal.code());
        }
        section.add(table);
        return section;
    }

    private Component guidelines(Optional<GuidelineShares> shares) {
        Section section = new Section(new H2(getTranslation("committee.guidelines")));
        section.setId("committee-guidelines");
        if (shares.isEmpty()) {
            section.add(new Paragraph(getTranslation("committee.guidelines.none")));
            return section;
        }
        Paragraph lead = new Paragraph(getTranslation("committee.guidelines.lead"));
        lead.addClassName("muted");
        HtmlTable table = new HtmlTable(
                getTranslation("committee.guidelines.caption"),
                getTranslation("committee.column.criterion"),
                getTranslation("committee.column.share"));
        table.setId("guideline-table");
        table.addClassName("data-table-narrow");
        for (GuidelineCriterion criterion : GuidelineCriterion.values()) {
            table.addRow(
                            new Span(Shares.criterion(this, criterion)),
                            Shares.text(this, getLocale(), shares.get().share(criterion)))
                    .getElement()
                    .setAttribute("data-criterion", criterion.code());
        }
        table.addRow(
                        new Span(getTranslation("committee.guidelines.allmet")),
                        Shares.text(this, getLocale(), shares.get().allMet()))
                .getElement()
                .setAttribute("data-criterion", "alla");
        section.add(lead, table);
        return section;
    }

    private Component breaches(List<GuidelineReport.Breach> breaches) {
        Section section = new Section(new H2(getTranslation("committee.breaches", breaches.size())));
        section.setId("committee-breaches");
        if (breaches.isEmpty()) {
            section.add(new Paragraph(getTranslation("committee.breaches.none")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (GuidelineReport.Breach breach : breaches) {
            String what =
                    getTranslation("committee.breach." + breach.kind()) + " " + breach.code() + " " + breach.name();
            Component subject = "mal".equals(breach.kind()) ? new Anchor("mal/" + breach.id(), what) : new Span(what);
            list.add(new ListItem(
                    subject,
                    new Span(
                            " – " + getTranslation("committee.breach.missing", Shares.failed(this, breach.failed())))));
        }
        section.add(list);
        return section;
    }
}
