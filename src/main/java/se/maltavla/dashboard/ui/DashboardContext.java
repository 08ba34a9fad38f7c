package se.maltavla.dashboard.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.maltavla.dashboard.Selection;
import se.maltavla.dashboard.SelectionService;
import se.maltavla.fulfilment.FulfilmentService;
import se.maltavla.fulfilment.LockedYear;
import se.maltavla.fulfilment.PlanYearResults;
import se.maltavla.shared.municipality.SwedishMunicipalities;
import se.maltavla.shared.municipality.SwedishMunicipality;
import se.maltavla.strategy.Municipality;
import se.maltavla.strategy.StrategyService;

/**
 * What the dashboard shows in this browser session: a municipality's plan year at an evaluation
 * date. It starts where the user left off last time (remembered per user), else at the first
 * municipality's newest plan year and the default date, and every change is remembered.
 */
@SpringComponent
@VaadinSessionScope
public class DashboardContext {

    private final StrategyService strategies;
    private final FulfilmentService fulfilment;
    private final SelectionService memory;
    private Selection selection;

    DashboardContext(StrategyService strategies, FulfilmentService fulfilment, SelectionService memory) {
        this.strategies = strategies;
        this.fulfilment = fulfilment;
        this.memory = memory;
    }

    /** The current choice; empty while Måltavla holds no municipality. */
    public synchronized Optional<Selection> selection() {
        if (selection == null) {
            selection = memory.remembered().filter(this::valid).orElseGet(this::firstChoice);
        }
        return Optional.ofNullable(selection);
    }

    public String municipality() {
        return require().municipality();
    }

    public int year() {
        return require().year();
    }

    /** The evaluation date asked for: the one chosen, or the plan year's default. */
    public LocalDate evaluationDate() {
        Selection s = require();
        return s.date() != null ? s.date() : fulfilment.defaultEvaluationDate(s.year());
    }

    /** Whether the date follows the default (today, or year-end for a past year). */
    public boolean defaultDate() {
        return require().date() == null;
    }

    /** The stored results for the current choice. */
    public PlanYearResults results() {
        return fulfilment.results(municipality(), year(), evaluationDate());
    }

    /** The lock of the chosen plan year, if it is locked (docs/year-end.md). */
    public Optional<LockedYear> locked() {
        return fulfilment.locked(municipality(), year());
    }

    /** Shows another municipality, plan year or date from now on, and remembers it for the user. */
    public synchronized void select(Selection next) {
        selection = next;
        memory.remember(next);
    }

    /**
     * The chosen municipality as people name it: "Ronneby" from the code list
     * (docs/municipalities.md); for a code not in it "9999 Name" with the name Måltavla holds, or
     * the code alone.
     */
    public String municipalityName() {
        String code = municipality();
        return SwedishMunicipalities.find(code)
                .map(SwedishMunicipality::name)
                .orElseGet(() -> municipalities().stream()
                        .filter(m -> m.code().equals(code) && m.name() != null)
                        .findFirst()
                        .map(m -> code + " " + m.name())
                        .orElse(code));
    }

    public List<Municipality> municipalities() {
        return strategies.municipalities();
    }

    /** The plan years of a municipality, newest first; the current year when it has none yet. */
    public List<Integer> years(String municipality) {
        List<Integer> years = fulfilment.planYears(municipality);
        return years.isEmpty() ? List.of(LocalDate.now().getYear()) : years;
    }

    private Selection require() {
        return selection().orElseThrow(() -> new IllegalStateException("Måltavla holds no municipality yet"));
    }

    private boolean valid(Selection s) {
        return municipalities().stream().anyMatch(m -> m.code().equals(s.municipality()))
                && years(s.municipality()).contains(s.year());
    }

    private Selection firstChoice() {
        List<Municipality> all = municipalities();
        if (all.isEmpty()) {
            return null;
        }
        String first = all.getFirst().code();
        return new Selection(first, years(first).getFirst(), null);
    }
}
