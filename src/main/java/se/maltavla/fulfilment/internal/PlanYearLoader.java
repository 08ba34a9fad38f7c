package se.maltavla.fulfilment.internal;

import static se.maltavla.db.Tables.COMMITTEE;
import static se.maltavla.db.Tables.ELEMENT_LINK;
import static se.maltavla.db.Tables.GOAL;
import static se.maltavla.db.Tables.GOAL_LINK;
import static se.maltavla.db.Tables.INDICATOR;
import static se.maltavla.db.Tables.INDICATOR_PERSPECTIVE;
import static se.maltavla.db.Tables.MEASUREMENT;
import static se.maltavla.db.Tables.STRATEGY;
import static se.maltavla.db.Tables.STRATEGY_ELEMENT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import se.maltavla.fulfilment.calculator.Direction;
import se.maltavla.fulfilment.calculator.IndicatorInput;
import se.maltavla.fulfilment.calculator.PlanYearModel;
import se.maltavla.fulfilment.calculator.ValueInput;
import se.maltavla.fulfilment.internal.PlanYearData.IndicatorInfo;
import se.maltavla.fulfilment.internal.PlanYearData.Named;
import se.maltavla.fulfilment.internal.PlanYearData.Source;
import se.maltavla.fulfilment.internal.PlanYearData.SourceKey;

/** Reads one municipality's plan year into the calculator's model: a handful of set queries. */
@Component
class PlanYearLoader {

    private final DSLContext db;

    PlanYearLoader(DSLContext db) {
        this.db = db;
    }

    PlanYearData load(String municipality, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        var strategies = db.select(STRATEGY.ID, STRATEGY.NAME).from(STRATEGY)
                .where(STRATEGY.MUNICIPALITY_CODE.eq(municipality),
                        STRATEGY.VALID_FROM.isNull().or(STRATEGY.VALID_FROM.le(last)),
                        STRATEGY.VALID_TO.isNull().or(STRATEGY.VALID_TO.ge(first)))
                .orderBy(STRATEGY.VALID_FROM, STRATEGY.ID)
                .fetch();
        List<Long> strategyIds = strategies.map(r -> r.value1());
        String strategyName = strategies.isEmpty() ? "" : strategies.get(0).value2();

        List<Named> elements = db.select(STRATEGY_ELEMENT.ID, STRATEGY_ELEMENT.CODE, STRATEGY_ELEMENT.NAME, STRATEGY_ELEMENT.ELEMENT_TYPE)
                .from(STRATEGY_ELEMENT).where(STRATEGY_ELEMENT.STRATEGY_ID.in(strategyIds))
                .orderBy(STRATEGY_ELEMENT.ID)
                .fetch(r -> new Named(r.value1(), r.value2(), r.value3(), r.value4()));
        Map<Long, Set<Long>> elementLinks = new HashMap<>();
        db.select(ELEMENT_LINK.FROM_ELEMENT_ID, ELEMENT_LINK.TO_ELEMENT_ID).from(ELEMENT_LINK)
                .join(STRATEGY_ELEMENT).on(STRATEGY_ELEMENT.ID.eq(ELEMENT_LINK.FROM_ELEMENT_ID))
                .where(STRATEGY_ELEMENT.STRATEGY_ID.in(strategyIds))
                .forEach(r -> elementLinks.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));

        var goalCondition = GOAL.MUNICIPALITY_CODE.eq(municipality).and(GOAL.PLAN_YEAR.eq(year));
        Map<Long, Long> goalCommittee = new HashMap<>();
        List<Named> goals = new ArrayList<>();
        Map<Long, Named> committees = new LinkedHashMap<>();
        db.select(GOAL.ID, GOAL.CODE, GOAL.TEXT, COMMITTEE.ID, COMMITTEE.NAME).from(GOAL)
                .join(COMMITTEE).on(COMMITTEE.ID.eq(GOAL.COMMITTEE_ID))
                .where(goalCondition).orderBy(COMMITTEE.NAME, GOAL.CODE)
                .forEach(r -> {
                    goals.add(new Named(r.value1(), r.value2(), r.value3(), null));
                    goalCommittee.put(r.value1(), r.value4());
                    committees.putIfAbsent(r.value4(), new Named(r.value4(), r.value5(), r.value5(), null));
                });
        Map<Long, Set<Long>> goalLinks = new HashMap<>();
        db.select(GOAL_LINK.GOAL_ID, GOAL_LINK.ELEMENT_ID).from(GOAL_LINK).join(GOAL).on(GOAL.ID.eq(GOAL_LINK.GOAL_ID))
                .where(goalCondition)
                .forEach(r -> goalLinks.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));

        var indicatorCondition = INDICATOR.MUNICIPALITY_CODE.eq(municipality).and(INDICATOR.PLAN_YEAR.eq(year));
        Map<Long, List<ValueInput>> values = new HashMap<>();
        Map<SourceKey, Source> sources = new HashMap<>();
        db.select(MEASUREMENT.INDICATOR_ID, MEASUREMENT.PERIOD, MEASUREMENT.PERIOD_END, MEASUREMENT.PERIOD_RANK,
                        MEASUREMENT.VALUE_NUMBER, MEASUREMENT.VALUE_YES, MEASUREMENT.SOURCE_FILE_ID, MEASUREMENT.SOURCE_LINE)
                .from(MEASUREMENT).join(INDICATOR).on(INDICATOR.ID.eq(MEASUREMENT.INDICATOR_ID))
                .where(indicatorCondition)
                .forEach(r -> {
                    values.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                            .add(new ValueInput(r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
                    sources.put(new SourceKey(r.value1(), r.value2()), new Source(r.value7(), r.value8()));
                });
        Map<Long, Set<Long>> perspectives = new HashMap<>();
        db.select(INDICATOR_PERSPECTIVE.INDICATOR_ID, INDICATOR_PERSPECTIVE.ELEMENT_ID).from(INDICATOR_PERSPECTIVE)
                .join(INDICATOR).on(INDICATOR.ID.eq(INDICATOR_PERSPECTIVE.INDICATOR_ID))
                .where(indicatorCondition)
                .forEach(r -> perspectives.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
        List<IndicatorInput> inputs = new ArrayList<>();
        Map<Long, Long> indicatorGoal = new HashMap<>();
        Map<Long, IndicatorInfo> infos = new LinkedHashMap<>();
        db.selectFrom(INDICATOR).where(indicatorCondition).orderBy(INDICATOR.CODE).forEach(i -> {
            boolean yesNo = "ja_nej".equals(i.getIndicatorType());
            inputs.add(new IndicatorInput(i.getId(), yesNo,
                    "minska".equals(i.getDirection()) ? Direction.MINSKA : Direction.OKA,
                    i.getBaseline(), i.getTargetNumber(), i.getWeight(), values.getOrDefault(i.getId(), List.of())));
            indicatorGoal.put(i.getId(), i.getGoalId());
            infos.put(i.getId(), new IndicatorInfo(i.getId(), i.getCode(), i.getName(), i.getIndicatorType(),
                    i.getBaseline(), i.getTargetNumber(), i.getTargetYes(), i.getTargetDate()));
        });
        Map<Long, List<ValueInput>> history = history(municipality, year);
        Set<Long> elementIds = new HashSet<>();
        elements.forEach(e -> elementIds.add(e.id()));
        PlanYearModel model = new PlanYearModel(year, inputs, indicatorGoal, goalCommittee, goalLinks, perspectives,
                elementLinks, elementIds);
        return new PlanYearData(municipality, year, strategyName, model, elements,
                new ArrayList<>(committees.values()), goals, infos, sources, history);
    }

    /** Indicator id of the year → the values its code had in earlier plan years of the municipality. */
    private Map<Long, List<ValueInput>> history(String municipality, int year) {
        var earlier = INDICATOR.as("earlier");
        var earlierValue = MEASUREMENT.as("earlier_value");
        Map<Long, List<ValueInput>> history = new HashMap<>();
        db.select(INDICATOR.ID, earlierValue.PERIOD, earlierValue.PERIOD_END, earlierValue.PERIOD_RANK,
                        earlierValue.VALUE_NUMBER, earlierValue.VALUE_YES)
                .from(INDICATOR)
                .join(earlier).on(earlier.MUNICIPALITY_CODE.eq(INDICATOR.MUNICIPALITY_CODE),
                        earlier.CODE_KEY.eq(INDICATOR.CODE_KEY), earlier.PLAN_YEAR.lt(INDICATOR.PLAN_YEAR))
                .join(earlierValue).on(earlierValue.INDICATOR_ID.eq(earlier.ID))
                .where(INDICATOR.MUNICIPALITY_CODE.eq(municipality), INDICATOR.PLAN_YEAR.eq(year),
                        INDICATOR.INDICATOR_TYPE.eq("tal"))
                .forEach(r -> history.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new ValueInput(r.value2(), r.value3(), r.value4(), r.value5(), r.value6())));
        return history;
    }
}
