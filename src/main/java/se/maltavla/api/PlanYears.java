package se.maltavla.api;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import se.maltavla.fulfilment.FulfilmentService;
import se.maltavla.strategy.Municipality;
import se.maltavla.strategy.StrategyService;

/**
 * Reads the {@code kommun} and {@code ar} of a path and checks that they name something: a
 * municipality Måltavla holds, and a plan year of it with goals or a strategy valid in it.
 */
@Component
class PlanYears {

    /** A municipality's plan year, both checked. */
    record PlanYear(String municipality, int year) {}

    private final StrategyService strategies;
    private final FulfilmentService fulfilment;

    PlanYears(StrategyService strategies, FulfilmentService fulfilment) {
        this.strategies = strategies;
        this.fulfilment = fulfilment;
    }

    Municipality municipality(String kommun) {
        return known(Parameters.municipality(kommun));
    }

    /**
     * One read in the common case (a year with goals: a goal's municipality always exists); the
     * municipality and the strategies are read only when the year has no goals, with the same
     * answers as before (an unknown municipality first).
     */
    PlanYear planYear(String kommun, String ar) {
        String municipality = Parameters.municipality(kommun);
        int year = Parameters.year(ar);
        List<Integer> years = fulfilment.planYears(municipality);
        if (years.contains(year)) {
            return new PlanYear(municipality, year);
        }
        known(municipality);
        if (!strategies.covers(municipality, year)) {
            String withGoals = years.isEmpty()
                    ? "–"
                    : years.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
            throw new NotFoundException("planyear", municipality, String.valueOf(year), withGoals);
        }
        return new PlanYear(municipality, year);
    }

    private Municipality known(String municipality) {
        return strategies
                .municipality(municipality)
                .orElseThrow(() -> new NotFoundException("municipality", municipality));
    }
}
