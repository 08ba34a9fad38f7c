package se.maltavla.dashboard.ui.committee;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import se.maltavla.dashboard.ui.DashboardContext;
import se.maltavla.dashboard.ui.DashboardPage;
import se.maltavla.dashboard.ui.ExportWords;
import se.maltavla.dashboard.ui.FollowsSelection;
import se.maltavla.dashboard.ui.FulfilmentBar;
import se.maltavla.dashboard.ui.StatusBadge;
import se.maltavla.fulfilment.FulfilmentService;
import se.maltavla.fulfilment.PlanYearResults;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.shared.ui.CsvExport;
import se.maltavla.shared.ui.HtmlTable;
import se.maltavla.shared.ui.MainLayout;
import se.maltavla.strategy.StrategyService;

/**
 * Nämnder: every nämnd of the chosen plan year with its fulfilment, status, reporting and how
 * well its goals and activities follow the strategy's guidelines; each links to its own view.
 */
@Route(value = "namnder", layout = MainLayout.class)
@PermitAll
class CommitteesView extends DashboardPage implements FollowsSelection {

    private final FulfilmentService fulfilment;

    CommitteesView(DashboardContext context, FulfilmentService fulfilment, StrategyService strategies) {
        super("committees", "committee.list.title", context, strategies);
        this.fulfilment = fulfilment;
    }

    @Override
    protected void show(BeforeEnterEvent event) {
        PlanYearResults results = context.results();
        CommitteeFigures figures =
                new CommitteeFigures(results, fulfilment.guidelines(context.municipality(), context.year()));
        ExportWords words = ExportWords.of(this);
        top(getTranslation("committee.list.title"))
                .exports(
                        CsvExport.stem(
                                "namnder",
                                results.municipality(),
                                String.valueOf(results.year()),
                                results.evaluationDate().toString()),
                        out -> CommitteeCsv.list(figures, words, out))
                .lead(getTranslation("committee.list.lead"))
                .bar(selection());
        add(table(figures));
    }

    private Component table(CommitteeFigures figures) {
        Section section = new Section(new H2(
                getTranslation("committee.list.heading", figures.committees().size())));
        if (figures.committees().isEmpty()) {
            section.add(new Paragraph(getTranslation("committee.list.none")));
            return section;
        }
        PlanYearResults results = figures.results();
        HtmlTable table = new HtmlTable(
                getTranslation(
                        "committee.list.caption",
                        results.year(),
                        results.evaluationDate().toString()),
                getTranslation("committee.column.committee"),
                getTranslation("committee.column.fulfilment"),
                getTranslation("committee.column.status"),
                getTranslation("committee.column.reported"),
                getTranslation("committee.column.guidelines"));
        table.setId("committee-table");
        for (ResultRow committee : figures.committees()) {
            table.addRow(
                            new Anchor("namnder/" + committee.subjectId(), committee.name()),
                            new FulfilmentBar(committee.fulfilmentPercent(), committee.status()),
                            new StatusBadge(committee.status()),
                            getTranslation(
                                    "committee.reported", committee.indicatorsWithValue(), committee.indicators()),
                            figures.shares(committee)
                                    .map(s -> Shares.text(this, getLocale(), s.allMet()))
                                    .orElse(getTranslation("committee.guidelines.nothing")))
                    .getElement()
                    .setAttribute("data-committee", committee.name());
        }
        section.add(table);
        return section;
    }
}
