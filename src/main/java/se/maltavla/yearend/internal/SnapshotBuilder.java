package se.maltavla.yearend.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;
import se.maltavla.actionplan.ActionPlanService;
import se.maltavla.activity.ActivityService;
import se.maltavla.fulfilment.FulfilmentService;
import se.maltavla.fulfilment.PlanYearResults;
import se.maltavla.strategy.Strategy;
import se.maltavla.strategy.StrategyService;
import se.maltavla.yearend.Snapshot;

/** Gathers a plan year's snapshot from the features that hold its parts, through their services. */
@Component
class SnapshotBuilder {

    private final FulfilmentService fulfilment;
    private final ActionPlanService plans;
    private final ActivityService activities;
    private final StrategyService strategies;

    SnapshotBuilder(
            FulfilmentService fulfilment,
            ActionPlanService plans,
            ActivityService activities,
            StrategyService strategies) {
        this.fulfilment = fulfilment;
        this.plans = plans;
        this.activities = activities;
        this.strategies = strategies;
    }

    Snapshot build(
            String municipality, String name, int year, int version, LocalDate date, OffsetDateTime at, String by) {
        PlanYearResults results = fulfilment.results(municipality, year, date);
        java.util.Set<Long> elementIds = results.rows(se.maltavla.fulfilment.Level.ELEMENT).stream()
                .map(se.maltavla.fulfilment.ResultRow::subjectId)
                .collect(java.util.stream.Collectors.toSet());
        java.util.List<Strategy> all = strategies.strategies(municipality);
        Strategy strategy = all.stream()
                .filter(s -> s.elements().stream().anyMatch(e -> elementIds.contains(e.id())))
                .findFirst()
                .or(() -> all.stream()
                        .filter(s -> s.name().equals(results.strategyName()))
                        .findFirst())
                .orElse(null);
        return new Snapshot(
                Snapshot.FORMAT,
                municipality,
                name,
                year,
                version,
                results.evaluationDate(),
                at,
                by,
                results,
                fulfilment.guidelines(municipality, year),
                strategy,
                plans.goals(municipality, year),
                plans.indicators(municipality, year),
                plans.narratives(municipality, year),
                activities.activities(municipality, year));
    }
}
