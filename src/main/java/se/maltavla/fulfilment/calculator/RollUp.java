package se.maltavla.fulfilment.calculator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * fulfilment.md §4: every figure of a plan year at an evaluation date. Plain Java over an
 * in-memory model, so that each figure can be recomputed by hand from the spec.
 */
public final class RollUp {

    private RollUp() {}

    public static RollUpResult compute(PlanYearModel model, LocalDate evaluationDate, Thresholds thresholds) {
        Map<Long, IndicatorResult> indicators = new LinkedHashMap<>();
        Map<Long, List<IndicatorInput>> byGoal = new LinkedHashMap<>();
        for (IndicatorInput indicator : model.indicators()) {
            indicators.put(indicator.id(), indicator(indicator, model.year(), evaluationDate, thresholds));
            byGoal.computeIfAbsent(model.indicatorGoal().get(indicator.id()), g -> new ArrayList<>()).add(indicator);
        }
        Map<Long, Result> goals = new LinkedHashMap<>();
        for (Long goal : model.goalCommittee().keySet()) {
            goals.put(goal, goal(byGoal.getOrDefault(goal, List.of()), indicators, thresholds));
        }
        Map<Long, List<Result>> byCommittee = new LinkedHashMap<>();
        goals.forEach((goal, result) -> byCommittee.computeIfAbsent(model.goalCommittee().get(goal), c -> new ArrayList<>()).add(result));
        Map<Long, Result> committees = new LinkedHashMap<>();
        byCommittee.forEach((committee, results) -> committees.put(committee, Aggregation.meanOfGoals(results, thresholds)));

        Map<Long, Set<Long>> contributors = contributors(model, goals.keySet());
        Map<Long, Result> elements = new LinkedHashMap<>();
        for (Long element : model.elementIds()) {
            List<Result> contributing = contributors.getOrDefault(element, Set.of()).stream().map(goals::get).toList();
            elements.put(element, Aggregation.meanOfGoals(contributing, thresholds));
        }
        Result municipality = Aggregation.meanOfGoals(goals.values(), thresholds);
        return new RollUpResult(municipality, indicators, goals, committees, elements);
    }

    static IndicatorResult indicator(IndicatorInput indicator, int year, LocalDate date, Thresholds thresholds) {
        Optional<ValueInput> value = ValueSelector.select(indicator.values(), year, date);
        if (!Progress.measurable(indicator)) {
            return new IndicatorResult(new Result(null, Status.EJ_MATBAR, 0, 0, null), null, value.orElse(null));
        }
        if (value.isEmpty()) {
            return new IndicatorResult(new Result(null, Status.SAKNAS, 1, 0, BigDecimal.ZERO), null, null);
        }
        BigDecimal raw = Progress.raw(indicator, value.get());
        BigDecimal clamped = Progress.clamp(raw);
        Result result = new Result(clamped, Aggregation.status(clamped, thresholds), 1, 1, new BigDecimal("100"));
        return new IndicatorResult(result, raw, value.get());
    }

    /** Weighted mean Σ w·c / Σ w over the goal's measurable indicators that have a value. */
    static Result goal(List<IndicatorInput> indicators, Map<Long, IndicatorResult> results, Thresholds thresholds) {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        int measurable = 0;
        int withValue = 0;
        for (IndicatorInput indicator : indicators) {
            Result r = results.get(indicator.id()).result();
            measurable += r.indicators();
            withValue += r.indicatorsWithValue();
            if (r.fulfilment() != null) {
                weighted = weighted.add(indicator.weight().multiply(r.fulfilment()));
                weights = weights.add(indicator.weight());
            }
        }
        BigDecimal fulfilment = withValue == 0 ? null : weighted.divide(weights, MathContext.DECIMAL128);
        return Aggregation.result(fulfilment, measurable, withValue, thresholds);
    }

    /**
     * For each element, the distinct goals that contribute to it: reachable from the goal's own
     * links or from the perspectives on its indicators, through elements' links.
     */
    private static Map<Long, Set<Long>> contributors(PlanYearModel model, Set<Long> goals) {
        Map<Long, Set<Long>> direct = new HashMap<>();
        for (Long goal : goals) {
            direct.put(goal, new HashSet<>(model.goalLinks().getOrDefault(goal, Set.of())));
        }
        model.indicatorPerspectives().forEach((indicator, perspectives) -> {
            Long goal = model.indicatorGoal().get(indicator);
            if (goal != null && direct.containsKey(goal)) {
                direct.get(goal).addAll(perspectives);
            }
        });
        Map<Long, Set<Long>> contributors = new HashMap<>();
        direct.forEach((goal, start) -> {
            for (Long element : Reachability.reachable(start, model.elementLinks())) {
                contributors.computeIfAbsent(element, e -> new HashSet<>()).add(goal);
            }
        });
        return contributors;
    }
}
