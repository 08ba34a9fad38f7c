package se.maltavla.fulfilment.calculator;

import java.util.Map;

/** Every figure of a plan year: per indicator, goal, nämnd, strategy element and the municipality. */
public record RollUpResult(
        Result municipality,
        Map<Long, IndicatorResult> indicators,
        Map<Long, Result> goals,
        Map<Long, Result> committees,
        Map<Long, Result> elements) {}
