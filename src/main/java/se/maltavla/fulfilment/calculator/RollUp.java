package se.maltavla.fulfilment.calculator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.maltavla.fulfilment.Thresholds;

/** The roll-up of docs/fulfilment.md §4 as a pure function of a plan year's model. */
public final class RollUp {

    private RollUp() {}

    /** Every figure of the plan year at the evaluation date, with the default thresholds. */
    public static RollUpResult compute(PlanYearModel model, LocalDate evaluationDate) {
        return compute(model, evaluationDate, Thresholds.DEFAULT);
    }

    /** Every figure of the plan year at the evaluation date. */
    public static RollUpResult compute(PlanYearModel model, LocalDate evaluationDate, Thresholds thresholds) {
        Map<Long, IndicatorResult> indicators = new HashMap<>();
        Map<Long, List<Aggregation.WeightedIndicator>> byGoal = new HashMap<>();
        Map<Long, Set<Long>> directLinks = new HashMap<>();
        for (Long goal : model.goalIds()) {
            byGoal.put(goal, new ArrayList<>());
            directLinks.put(goal, new LinkedHashSet<>(model.goalLinks().getOrDefault(goal, Set.of())));
        }
        for (IndicatorInput indicator : model.indicators()) {
            IndicatorResult result = IndicatorResult.evaluate(indicator, model.year(), evaluationDate, thresholds);
            indicators.put(indicator.id(), result);
            Long goal = model.indicatorGoal().get(indicator.id());
            if (goal != null) {
                byGoal.get(goal).add(new Aggregation.WeightedIndicator(indicator.weight(), result));
                // A perspektiv code on an indicator's row is a link of its goal to that perspective.
                directLinks.get(goal).addAll(model.indicatorPerspectives().getOrDefault(indicator.id(), Set.of()));
            }
        }

        Map<Long, Result> goals = new HashMap<>();
        byGoal.forEach((goal, weighted) -> goals.put(goal, Aggregation.goal(weighted, thresholds)));

        Map<Long, List<Result>> byCommittee = new HashMap<>();
        model.goalCommittee()
                .forEach((goal, committee) -> byCommittee
                        .computeIfAbsent(committee, c -> new ArrayList<>())
                        .add(goals.get(goal)));
        Map<Long, Result> committees = new HashMap<>();
        byCommittee.forEach((committee, results) -> committees.put(committee, Aggregation.mean(results, thresholds)));

        Map<Long, Set<Long>> contributors = contributors(model, directLinks);
        Map<Long, Result> elements = new HashMap<>();
        for (Long element : model.elementIds()) {
            List<Result> contributing = contributors.getOrDefault(element, Set.of()).stream()
                    .map(goals::get)
                    .toList();
            elements.put(element, Aggregation.mean(contributing, thresholds));
        }
        Result municipality = Aggregation.mean(goals.values(), thresholds);
        return new RollUpResult(indicators, goals, committees, elements, municipality, contributors);
    }

    /** Element id → the goals that contribute to it; a goal counts once however many paths lead there. */
    private static Map<Long, Set<Long>> contributors(PlanYearModel model, Map<Long, Set<Long>> directLinks) {
        Reachability reachability = new Reachability(model.elementLinks());
        Map<Long, Set<Long>> contributors = new HashMap<>();
        directLinks.forEach((goal, links) -> {
            for (Long element : reachability.from(links)) {
                if (model.elementIds().contains(element)) {
                    contributors
                            .computeIfAbsent(element, e -> new LinkedHashSet<>())
                            .add(goal);
                }
            }
        });
        return contributors;
    }
}
