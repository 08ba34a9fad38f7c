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
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
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

/**
 * Reads municipalities' plan years into the calculator's model: a handful of set queries for
 * any number of plan years at once (a full recompute reads 290 municipalities in a few dozen
 * queries, not thousands).
 */
@Component
class PlanYearLoader {

    private static final int ID_SLICE = 1000;

    private final DSLContext db;

    PlanYearLoader(DSLContext db) {
        this.db = db;
    }

    /** A municipality's plan year. */
    record Key(String municipality, int year) {}

    PlanYearData load(String municipality, int year) {
        Key key = new Key(municipality, year);
        return loadAll(List.of(key)).get(key);
    }

    /** The plan years asked for, each complete (also one without goals: strategy elements only). */
    Map<Key, PlanYearData> loadAll(Collection<Key> keys) {
        Set<String> municipalities = new HashSet<>();
        Set<Integer> years = new HashSet<>();
        keys.forEach(k -> {
            municipalities.add(k.municipality());
            years.add(k.year());
        });
        Map<Key, Builder> builders = new LinkedHashMap<>();
        keys.forEach(k -> builders.put(k, new Builder(k)));

        loadStrategies(municipalities, builders);
        loadGoals(municipalities, years, builders);
        loadIndicators(municipalities, years, builders);

        Map<Key, PlanYearData> data = new LinkedHashMap<>();
        builders.forEach((k, b) -> data.put(k, b.build()));
        return data;
    }

    private void loadStrategies(Set<String> municipalities, Map<Key, Builder> builders) {
        record Strategy(long id, String municipality, String name, LocalDate from, LocalDate to) {}
        List<Strategy> strategies = db.select(
                        STRATEGY.ID, STRATEGY.MUNICIPALITY_CODE, STRATEGY.NAME, STRATEGY.VALID_FROM, STRATEGY.VALID_TO)
                .from(STRATEGY)
                .where(STRATEGY.MUNICIPALITY_CODE.in(Inlined.values(municipalities)))
                .orderBy(STRATEGY.VALID_FROM, STRATEGY.ID)
                .fetch(r -> new Strategy(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
        Map<Long, List<Named>> elements = new HashMap<>();
        db.select(
                        STRATEGY_ELEMENT.STRATEGY_ID,
                        STRATEGY_ELEMENT.ID,
                        STRATEGY_ELEMENT.CODE,
                        STRATEGY_ELEMENT.NAME,
                        STRATEGY_ELEMENT.ELEMENT_TYPE)
                .from(STRATEGY_ELEMENT)
                .join(STRATEGY)
                .on(STRATEGY.ID.eq(STRATEGY_ELEMENT.STRATEGY_ID))
                .where(STRATEGY.MUNICIPALITY_CODE.in(Inlined.values(municipalities)))
                .orderBy(STRATEGY_ELEMENT.ID)
                .forEach(r -> elements.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new Named(r.value2(), r.value3(), r.value4(), r.value5())));
        Map<Long, Set<Long>> links = new HashMap<>();
        db.select(ELEMENT_LINK.FROM_ELEMENT_ID, ELEMENT_LINK.TO_ELEMENT_ID)
                .from(ELEMENT_LINK)
                .join(STRATEGY_ELEMENT)
                .on(STRATEGY_ELEMENT.ID.eq(ELEMENT_LINK.FROM_ELEMENT_ID))
                .join(STRATEGY)
                .on(STRATEGY.ID.eq(STRATEGY_ELEMENT.STRATEGY_ID))
                .where(STRATEGY.MUNICIPALITY_CODE.in(Inlined.values(municipalities)))
                .forEach(r ->
                        links.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
        for (Builder b : builders.values()) {
            LocalDate first = LocalDate.of(b.key.year(), 1, 1);
            LocalDate last = LocalDate.of(b.key.year(), 12, 31);
            for (Strategy s : strategies) {
                boolean covers =
                        (s.from() == null || !s.from().isAfter(last)) && (s.to() == null || !s.to().isBefore(first));
                if (s.municipality().equals(b.key.municipality()) && covers) {
                    if (b.strategyName == null) {
                        b.strategyName = s.name();
                    }
                    for (Named element : elements.getOrDefault(s.id(), List.of())) {
                        b.elements.add(element);
                        Set<Long> to = links.get(element.id());
                        if (to != null) {
                            b.elementLinks.put(element.id(), to);
                        }
                    }
                }
            }
            b.elements.sort(java.util.Comparator.comparingLong(Named::id));
        }
    }

    private void loadGoals(Set<String> municipalities, Set<Integer> years, Map<Key, Builder> builders) {
        Condition goals =
                GOAL.MUNICIPALITY_CODE.in(Inlined.values(municipalities)).and(GOAL.PLAN_YEAR.in(Inlined.values(years)));
        Map<Long, Builder> byGoal = new HashMap<>();
        db.select(GOAL.ID, GOAL.CODE, GOAL.TEXT, COMMITTEE.ID, COMMITTEE.NAME, GOAL.MUNICIPALITY_CODE, GOAL.PLAN_YEAR)
                .from(GOAL)
                .join(COMMITTEE)
                .on(COMMITTEE.ID.eq(GOAL.COMMITTEE_ID))
                .where(goals)
                .orderBy(COMMITTEE.NAME, GOAL.CODE)
                .forEach(r -> {
                    Builder b = builders.get(new Key(r.value6(), r.value7()));
                    if (b != null) {
                        b.goals.add(new Named(r.value1(), r.value2(), r.value3(), null));
                        b.goalCommittee.put(r.value1(), r.value4());
                        b.committees.putIfAbsent(r.value4(), new Named(r.value4(), r.value5(), r.value5(), null));
                        byGoal.put(r.value1(), b);
                    }
                });
        db.select(GOAL_LINK.GOAL_ID, GOAL_LINK.ELEMENT_ID)
                .from(GOAL_LINK)
                .join(GOAL)
                .on(GOAL.ID.eq(GOAL_LINK.GOAL_ID))
                .where(goals)
                .forEach(r -> {
                    Builder b = byGoal.get(r.value1());
                    if (b != null) {
                        b.goalLinks
                                .computeIfAbsent(r.value1(), k -> new HashSet<>())
                                .add(r.value2());
                    }
                });
    }

    private void loadIndicators(Set<String> municipalities, Set<Integer> years, Map<Key, Builder> builders) {
        Condition indicators = INDICATOR
                .MUNICIPALITY_CODE
                .in(Inlined.values(municipalities))
                .and(INDICATOR.PLAN_YEAR.in(Inlined.values(years)));
        Map<Long, Builder> byIndicator = new HashMap<>();
        Map<Long, List<ValueInput>> values = new HashMap<>();
        db.selectFrom(INDICATOR).where(indicators).orderBy(INDICATOR.CODE).forEach(i -> {
            Builder b = builders.get(new Key(i.getMunicipalityCode(), i.getPlanYear()));
            if (b == null) {
                return;
            }
            byIndicator.put(i.getId(), b);
            b.indicators.add(i);
        });
        // By indicator id, in slices: every database then looks values up by the measurement key's
        // index instead of scanning all values of the country.
        List<Long> ids = new ArrayList<>(byIndicator.keySet());
        for (int from = 0; from < ids.size(); from += ID_SLICE) {
            List<Long> slice = ids.subList(from, Math.min(ids.size(), from + ID_SLICE));
            readValues(slice, byIndicator, values);
            db.select(INDICATOR_PERSPECTIVE.INDICATOR_ID, INDICATOR_PERSPECTIVE.ELEMENT_ID)
                    .from(INDICATOR_PERSPECTIVE)
                    .where(INDICATOR_PERSPECTIVE.INDICATOR_ID.in(Inlined.values(slice)))
                    .forEach(r -> byIndicator
                            .get(r.value1())
                            .perspectives
                            .computeIfAbsent(r.value1(), k -> new HashSet<>())
                            .add(r.value2()));
        }
        builders.values().forEach(b -> b.values = values);
    }

    /**
     * The measured values of the indicators, straight from JDBC: a full recompute reads every
     * value of the country, and jOOQ's records would double the time.
     */
    private void readValues(List<Long> ids, Map<Long, Builder> byIndicator, Map<Long, List<ValueInput>> values) {
        String sql = db.select(
                        MEASUREMENT.INDICATOR_ID,
                        MEASUREMENT.PERIOD,
                        MEASUREMENT.PERIOD_END,
                        MEASUREMENT.PERIOD_RANK,
                        MEASUREMENT.VALUE_NUMBER,
                        MEASUREMENT.VALUE_YES,
                        MEASUREMENT.SOURCE_FILE_ID,
                        MEASUREMENT.SOURCE_LINE)
                .from(MEASUREMENT)
                .where(MEASUREMENT.INDICATOR_ID.in(Inlined.values(ids)))
                .getSQL(org.jooq.conf.ParamType.INLINED);
        db.connection(connection -> {
            try (var statement = connection.createStatement();
                    var rs = statement.executeQuery(sql)) {
                while (rs.next()) {
                    long indicator = rs.getLong(1);
                    String period = rs.getString(2);
                    boolean yes = rs.getBoolean(6);
                    Boolean valueYes = rs.wasNull() ? null : yes;
                    values.computeIfAbsent(indicator, k -> new ArrayList<>())
                            .add(new ValueInput(
                                    period,
                                    rs.getObject(3, LocalDate.class),
                                    rs.getInt(4),
                                    rs.getBigDecimal(5),
                                    valueYes));
                    long file = rs.getLong(7);
                    Long fileId = rs.wasNull() ? null : file;
                    long line = rs.getLong(8);
                    byIndicator
                            .get(indicator)
                            .sources
                            .put(new SourceKey(indicator, period), new Source(fileId, rs.wasNull() ? null : line));
                }
            }
        });
    }

    /** One plan year's rows as they are read. */
    private static final class Builder {
        final Key key;
        String strategyName;
        final List<Named> elements = new ArrayList<>();
        final Map<Long, Set<Long>> elementLinks = new HashMap<>();
        final List<Named> goals = new ArrayList<>();
        final Map<Long, Long> goalCommittee = new HashMap<>();
        final Map<Long, Named> committees = new LinkedHashMap<>();
        final Map<Long, Set<Long>> goalLinks = new HashMap<>();
        final List<se.maltavla.db.tables.records.IndicatorRecord> indicators = new ArrayList<>();
        final Map<Long, Set<Long>> perspectives = new HashMap<>();
        final Map<SourceKey, Source> sources = new HashMap<>();
        Map<Long, List<ValueInput>> values = Map.of();

        Builder(Key key) {
            this.key = key;
        }

        PlanYearData build() {
            List<IndicatorInput> inputs = new ArrayList<>();
            Map<Long, Long> indicatorGoal = new HashMap<>();
            Map<Long, IndicatorInfo> infos = new LinkedHashMap<>();
            for (var i : indicators) {
                boolean yesNo = "ja_nej".equals(i.getIndicatorType());
                inputs.add(new IndicatorInput(
                        i.getId(),
                        yesNo,
                        "minska".equals(i.getDirection()) ? Direction.MINSKA : Direction.OKA,
                        i.getBaseline(),
                        i.getTargetNumber(),
                        i.getWeight(),
                        values.getOrDefault(i.getId(), List.of())));
                indicatorGoal.put(i.getId(), i.getGoalId());
                infos.put(
                        i.getId(),
                        new IndicatorInfo(
                                i.getId(),
                                i.getCode(),
                                i.getName(),
                                i.getIndicatorType(),
                                i.getBaseline(),
                                i.getTargetNumber(),
                                i.getTargetYes(),
                                i.getTargetDate()));
            }
            Set<Long> elementIds = new HashSet<>();
            elements.forEach(e -> elementIds.add(e.id()));
            PlanYearModel model = new PlanYearModel(
                    key.year(),
                    inputs,
                    indicatorGoal,
                    goalCommittee,
                    goalLinks,
                    perspectives,
                    elementLinks,
                    elementIds);
            return new PlanYearData(
                    key.municipality(),
                    key.year(),
                    strategyName == null ? "" : strategyName,
                    model,
                    elements,
                    new ArrayList<>(committees.values()),
                    goals,
                    infos,
                    sources);
        }
    }
}
