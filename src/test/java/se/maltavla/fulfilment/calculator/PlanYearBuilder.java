package se.maltavla.fulfilment.calculator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds a {@link PlanYearModel} from codes, as they appear in the files; ids are made up. */
final class PlanYearBuilder {

    private final int year;
    private final Map<String, Long> ids = new HashMap<>();
    private final List<IndicatorInput> indicators = new ArrayList<>();
    private final Map<Long, Long> indicatorGoal = new HashMap<>();
    private final Map<Long, Long> goalCommittee = new HashMap<>();
    private final Map<Long, Set<Long>> goalLinks = new HashMap<>();
    private final Map<Long, Set<Long>> indicatorPerspectives = new HashMap<>();
    private final Map<Long, Set<Long>> elementLinks = new HashMap<>();
    private final Set<Long> elementIds = new LinkedHashSet<>();

    PlanYearBuilder(int year) {
        this.year = year;
    }

    /** An element of the strategy and its own links. */
    PlanYearBuilder element(String code, String... links) {
        elementIds.add(elementId(code));
        elementLinks.put(elementId(code), elements(links));
        return this;
    }

    /** A goal of a nämnd and its links. */
    PlanYearBuilder goal(String committee, String code, String... links) {
        goalCommittee.put(goalId(code), committeeId(committee));
        goalLinks.put(goalId(code), elements(links));
        return this;
    }

    /** A {@code tal} indicator; baseline and weight may be null. */
    PlanYearBuilder number(
            String goal,
            String code,
            Direction direction,
            String baseline,
            String target,
            String weight,
            ValueInput... values) {
        return add(
                goal,
                IndicatorInput.number(
                        indicatorId(code),
                        direction,
                        decimal(baseline),
                        decimal(target),
                        decimal(weight),
                        List.of(values)));
    }

    /** A {@code ja_nej} indicator; weight may be null. */
    PlanYearBuilder yesNo(String goal, String code, String weight, ValueInput... values) {
        return add(goal, IndicatorInput.yesNo(indicatorId(code), decimal(weight), List.of(values)));
    }

    /** The {@code perspektiv} codes of an indicator's plan row. */
    PlanYearBuilder perspectives(String indicator, String... perspectives) {
        indicatorPerspectives.put(indicatorId(indicator), elements(perspectives));
        return this;
    }

    PlanYearModel build() {
        return new PlanYearModel(
                year,
                indicators,
                indicatorGoal,
                goalCommittee,
                goalLinks,
                indicatorPerspectives,
                elementLinks,
                elementIds);
    }

    long goalId(String code) {
        return id("goal", code);
    }

    long committeeId(String name) {
        return id("committee", name);
    }

    long elementId(String code) {
        return id("element", code);
    }

    long indicatorId(String code) {
        return id("indicator", code);
    }

    private PlanYearBuilder add(String goal, IndicatorInput indicator) {
        indicators.add(indicator);
        indicatorGoal.put(indicator.id(), goalId(goal));
        return this;
    }

    private Set<Long> elements(String... codes) {
        Set<Long> result = new LinkedHashSet<>();
        Arrays.stream(codes).forEach(code -> result.add(elementId(code)));
        return result;
    }

    private long id(String kind, String code) {
        return ids.computeIfAbsent(kind + ":" + code, k -> (long) ids.size() + 1);
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }
}
