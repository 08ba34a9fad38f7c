package se.maltavla.yearend.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import se.maltavla.dashboard.ui.DashboardContext;
import se.maltavla.dashboard.ui.DashboardPage;
import se.maltavla.dashboard.ui.FollowsSelection;
import se.maltavla.dataimport.ImportBusyException;
import se.maltavla.shared.ui.MainLayout;
import se.maltavla.strategy.StrategyService;
import se.maltavla.yearend.Readiness;
import se.maltavla.yearend.YearEndException;
import se.maltavla.yearend.YearEndService;
import se.maltavla.yearend.YearEndState;
import se.maltavla.yearend.YearEndVersion;

/**
 * Årsbokslut (docs/year-end.md) for the chosen municipality and plan year: whether it is locked,
 * the documents made from its snapshot, what is missing (it warns, never blocks), locking and
 * reopening (coordinators; the service checks the role again), every version and the difference
 * between two.
 */
@Route(value = YearEndView.ROUTE, layout = MainLayout.class)
@PermitAll
class YearEndView extends DashboardPage implements FollowsSelection {

    static final String ROUTE = "arsbokslut";

    private final YearEndService yearEnd;
    private final boolean coordinator;
    private final Paragraph outcome = new Paragraph();

    YearEndView(
            DashboardContext context,
            StrategyService strategies,
            YearEndService yearEnd,
            AuthenticationContext authentication) {
        super("year-end", "yearend.page.title", context, strategies);
        this.yearEnd = yearEnd;
        this.coordinator = authentication.hasRole("COORDINATOR");
        outcome.setId("year-end-outcome");
        outcome.getElement().setAttribute("role", "status");
        outcome.getElement().setAttribute("tabindex", "-1");
    }

    @Override
    protected void show(BeforeEnterEvent event) {
        render();
    }

    private void render() {
        String municipality = context.municipality();
        int year = context.year();
        top(getTranslation("yearend.page.title"))
                .lead(getTranslation("yearend.page.lead"))
                .bar(planYearSelection());
        YearEndState state;
        Readiness readiness;
        try {
            state = yearEnd.state(municipality, year);
            readiness = yearEnd.readiness(municipality, year);
        } catch (YearEndException e) {
            Paragraph problem = new Paragraph(getTranslation(e.key(), e.args()));
            problem.setId("year-end-problem");
            problem.addClassName("missing");
            add(problem);
            return;
        }
        outcome.setText("");
        outcome.removeClassName("error");
        add(
                new StateSection(state),
                outcome,
                new DocumentsSection(state),
                new ReadinessSection(readiness, state.locked()));
        if (coordinator) {
            add(new LockControls(state, readiness, this::lock, this::reopen));
        } else {
            Paragraph readOnly = new Paragraph(getTranslation("yearend.readonly"));
            readOnly.setId("year-end-readonly");
            readOnly.addClassName("muted");
            add(readOnly);
        }
        add(new VersionsSection(state, yearEnd));
    }

    private void lock(LocalDate date) {
        act(() -> {
            YearEndVersion version = yearEnd.lock(context.municipality(), context.year(), date);
            return getTranslation(
                    "yearend.lock.done",
                    context.year(),
                    name(),
                    version.version(),
                    version.evaluationDate().toString());
        });
    }

    private void reopen(String reason) {
        act(() -> {
            YearEndVersion version = yearEnd.reopen(context.municipality(), context.year(), reason);
            return getTranslation("yearend.reopen.done", context.year(), name(), version.version());
        });
    }

    /** Does a lock or reopening, shows the page anew and says what happened (or why nothing did). */
    private void act(Supplier<String> action) {
        String message;
        boolean failed = false;
        try {
            message = action.get();
        } catch (YearEndException e) {
            message = getTranslation(e.key(), e.args());
            failed = true;
        } catch (AccessDeniedException e) {
            message = getTranslation("yearend.denied");
            failed = true;
        } catch (ImportBusyException e) {
            message = getTranslation("yearend.busy");
            failed = true;
        }
        render();
        outcome.setText(message);
        if (failed) {
            outcome.addClassName("error");
        }
        outcome.getElement().callJsFunction("focus");
    }

    private String name() {
        return yearEnd.state(context.municipality(), context.year()).municipalityName();
    }
}
