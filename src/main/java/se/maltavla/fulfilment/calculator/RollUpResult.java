package se.maltavla.fulfilment.calculator;

import java.util.Map;
import java.util.Set;

/**
 * Every figure of a plan year.
 *
 * @param indicators indicator id → its figures
 * @param goals goal id → its figures
 * @param committees nämnd id → its figures
 * @param elements element id → its figures (also elements no goal contributes to: {@code ej_matbar})
 * @param municipality the municipality's figures
 * @param contributors element id → the goals that contribute to it (section 4), for lineage and
 *     the dashboard's "goals behind this figure"
 */
public record RollUpResult(
        Map<Long, IndicatorResult> indicators,
        Map<Long, Result> goals,
        Map<Long, Result> committees,
        Map<Long, Result> elements,
        Result municipality,
        Map<Long, Set<Long>> contributors) {

    public RollUpResult {
        indicators = Map.copyOf(indicators);
        goals = Map.copyOf(goals);
        committees = Map.copyOf(committees);
        elements = Map.copyOf(elements);
        contributors = Map.copyOf(contributors);
    }
}
