package se.maltavla.fulfilment.calculator;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A municipality's plan year, as the calculator sees it: indicators with their values, which
 * goal each belongs to, each goal's nämnd and links, perspectives on indicators, and the
 * strategy's elements with their own directed links.
 */
public record PlanYearModel(
        int year,
        List<IndicatorInput> indicators,
        Map<Long, Long> indicatorGoal,
        Map<Long, Long> goalCommittee,
        Map<Long, Set<Long>> goalLinks,
        Map<Long, Set<Long>> indicatorPerspectives,
        Map<Long, Set<Long>> elementLinks,
        Set<Long> elementIds) {}
