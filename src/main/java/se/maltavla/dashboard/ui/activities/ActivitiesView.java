package se.maltavla.dashboard.ui.activities;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import se.maltavla.activity.ActivityService;
import se.maltavla.dashboard.ui.DashboardContext;
import se.maltavla.dashboard.ui.DashboardPage;
import se.maltavla.dashboard.ui.FollowsSelection;
import se.maltavla.fulfilment.FulfilmentService;
import se.maltavla.fulfilment.GuidelineReport;
import se.maltavla.fulfilment.ResultsBusyException;
import se.maltavla.shared.ui.CsvExport;
import se.maltavla.shared.ui.MainLayout;
import se.maltavla.strategy.StrategyService;

/**
 * Aktiviteter: the municipality's twin towns, projects, networks, exchanges and monitoring that
 * run during the selected plan year, each with its guideline check; their partners by country on
 * a map of Europe; and external funding against the budget.
 */
@Route(value = "aktiviteter", layout = MainLayout.class)
@PermitAll
class ActivitiesView extends DashboardPage implements FollowsSelection {

    private final ActivityService activities;
    private final FulfilmentService fulfilment;

    ActivitiesView(
            DashboardContext context,
            ActivityService activities,
            FulfilmentService fulfilment,
            StrategyService strategies) {
        super("activities", "activities.title", context, strategies);
        this.activities = activities;
        this.fulfilment = fulfilment;
    }

    @Override
    protected void show(BeforeEnterEvent event) {
        String municipality = context.municipality();
        int year = context.year();
        ActivityFacts facts = new ActivityFacts(
                municipality,
                year,
                activities.activities(municipality, year),
                ActivityFacts.failures(guidelines(fulfilment, municipality, year)));
        top(getTranslation("activities.title"))
                .exports(
                        CsvExport.stem("aktiviteter", facts.municipality(), String.valueOf(facts.year())),
                        out -> ActivitiesCsv.write(facts, out))
                .lead(getTranslation("activities.lead", String.valueOf(year)))
                .bar(selection());
        if (facts.activities().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("activities.none", String.valueOf(year)));
            none.setId("no-activities");
            add(none);
            return;
        }
        add(new ActivityList(facts), new PartnerMap(facts), new FundingSection(facts));
    }

    /** The plan year's guideline check; null while an import keeps the results busy. */
    private static GuidelineReport guidelines(FulfilmentService fulfilment, String municipality, int year) {
        try {
            return fulfilment.guidelines(municipality, year);
        } catch (ResultsBusyException e) {
            return null;
        }
    }
}
