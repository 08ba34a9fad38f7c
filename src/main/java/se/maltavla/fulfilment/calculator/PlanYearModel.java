package se.maltavla.fulfilment.calculator;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One municipality's plan year in memory: what the roll-up needs and nothing else.
 *
 * @param year the plan year {@code Y}
 * @param indicators the indicators of the year's plans, with their values
 * @param indicatorGoal indicator id → goal id
 * @param goalCommittee goal id → nämnd id
 * @param goalLinks goal id → the element ids of its {@code kopplingar}
 * @param indicatorPerspectives indicator id → the perspective element ids of its {@code perspektiv}
 * @param elementLinks element id → the element ids of its own {@code kopplingar}
 * @param elementIds the strategy's elements to report on (all but the strategy row itself)
 */
public record PlanYearModel(
        int year,
        List<IndicatorInput> indicators,
        Map<Long, Long> indicatorGoal,
        Map<Long, Long> goalCommittee,
        Map<Long, Set<Long>> goalLinks,
        Map<Long, Set<Long>> indicatorPerspectives,
        Map<Long, Set<Long>> elementLinks,
        Set<Long> elementIds) {

    public PlanYearModel {
        indicators = List.copyOf(indicators);
        indicatorGoal = Map.copyOf(indicatorGoal);
        goalCommittee = Map.copyOf(goalCommittee);
        goalLinks = Map.copyOf(goalLinks);
        indicatorPerspectives = Map.copyOf(indicatorPerspectives);
        elementLinks = Map.copyOf(elementLinks);
        elementIds = Set.copyOf(elementIds);
    }

    /** The goals of the year: those with a nämnd and those with an indicator. */
    public Set<Long> goalIds() {
        Set<Long> goals = new LinkedHashSet<>(goalCommittee.keySet());
        goals.addAll(indicatorGoal.values());
        return goals;
    }
}
