package se.maltavla.dashboard.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import se.maltavla.shared.ui.Page;
import se.maltavla.strategy.StrategyService;

/**
 * A page of the dashboard on the shared {@link Page} frame: shown anew on every navigation here
 * (so that it shows the latest stored results), as "no municipality yet" while Måltavla holds
 * none, and with the choice of municipality, plan year and date under its heading
 * ({@link #selection()}).
 */
public abstract class DashboardPage extends Page implements BeforeEnterObserver {

    protected final DashboardContext context;
    private final StrategyService strategies;
    private final String titleKey;

    /** @param titleKey the bundle key of the heading shown while there is nothing to show */
    protected DashboardPage(String id, String titleKey, DashboardContext context, StrategyService strategies) {
        super(id);
        this.titleKey = titleKey;
        this.context = context;
        this.strategies = strategies;
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        if (context.selection().isEmpty()) {
            noData(getTranslation(titleKey));
            return;
        }
        show(event);
    }

    /** Shows the page for the chosen municipality, plan year and date: {@link #top} first. */
    protected abstract void show(BeforeEnterEvent event);

    /** The choice of municipality, plan year and date, for {@link Top#bar}. */
    protected SelectionBar selection() {
        return new SelectionBar(context, strategies);
    }

    /** The choice of municipality and plan year only, for a page that shows no figures at a date. */
    protected SelectionBar planYearSelection() {
        return new SelectionBar(context, strategies, false);
    }
}
