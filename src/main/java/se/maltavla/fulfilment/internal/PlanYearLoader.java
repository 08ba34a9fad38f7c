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
import se.maltavla.shared.Period;

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
        Map<Long, Builder> byIndicator = new HashMap<>();
        Map<Long, List<ValueInput>> values = new HashMap<>();
        readIndicators(municipalities, years, builders, byIndicator);
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
     * The plan years' indicators, the columns the calculator and the results need, straight from
     * JDBC (a full recompute reads every indicator of the country; jOOQ's records of every column
     * cost more than the reading), in code order.
     */
    private void readIndicators(
            Set<String> municipalities,
            Set<Integer> years,
            Map<Key, Builder> builders,
            Map<Long, Builder> byIndicator) {
        String sql = db.select(
                        INDICATOR.ID,
                        INDICATOR.MUNICIPALITY_CODE,
                        INDICATOR.PLAN_YEAR,
                        INDICATOR.GOAL_ID,
                        INDICATOR.CODE,
                        INDICATOR.NAME,
                        INDICATOR.INDICATOR_TYPE,
                        INDICATOR.DIRECTION,
                        INDICATOR.BASELINE,
                        INDICATOR.TARGET_NUMBER,
                        INDICATOR.TARGET_YES,
                        INDICATOR.TARGET_DATE,
                        INDICATOR.WEIGHT)
                .from(INDICATOR)
                .where(INDICATOR.MUNICIPALITY_CODE.in(Inlined.values(municipalities)))
                .and(INDICATOR.PLAN_YEAR.in(Inlined.values(years)))
                .orderBy(INDICATOR.CODE)
                .getSQL(org.jooq.conf.ParamType.INLINED);
        db.connection(connection -> {
            try (var statement = connection.createStatement();
                    var rs = statement.executeQuery(sql)) {
                while (rs.next()) {
                    Builder b = builders.get(new Key(rs.getString(2), rs.getInt(3)));
                    if (b == null) {
                        continue;
                    }
                    long id = rs.getLong(1);
                    long goalId = rs.getLong(4);
                    String code = rs.getString(5);
                    String name = rs.getString(6);
                    String type = rs.getString(7);
                    String direction = rs.getString(8);
                    java.math.BigDecimal baseline = rs.getBigDecimal(9);
                    java.math.BigDecimal targetNumber = rs.getBigDecimal(10);
                    boolean yes = rs.getBoolean(11);
                    Boolean targetYes = rs.wasNull() ? null : yes;
                    IndicatorRow row = new IndicatorRow(
                            id,
                            goalId,
                            code,
                            name,
                            type,
                            direction,
                            baseline,
                            targetNumber,
                            targetYes,
                            rs.getObject(12, LocalDate.class),
                            rs.getBigDecimal(13));
                    byIndicator.put(row.id(), b);
                    b.indicators.add(row);
                }
            }
        });
    }

    /**
     * The measured values of the indicators, straight from JDBC: a full recompute reads every
     * value of the country, and jOOQ's records would double the time. A period's end and rank
     * follow from its code (stored normalised), so they are worked out once per distinct code
     * instead of read and converted for every value.
     */
    private void readValues(List<Long> ids, Map<Long, Builder> byIndicator, Map<Long, List<ValueInput>> values) {
        String sql = db.select(
                        MEASUREMENT.INDICATOR_ID,
                        MEASUREMENT.PERIOD,
                        MEASUREMENT.VALUE_NUMBER,
                        MEASUREMENT.VALUE_YES,
                        MEASUREMENT.SOURCE_FILE_ID,
                        MEASUREMENT.SOURCE_LINE)
                .from(MEASUREMENT)
                .where(MEASUREMENT.INDICATOR_ID.in(Inlined.values(ids)))
                .getSQL(org.jooq.conf.ParamType.INLINED);
        Map<String, Period> periods = new HashMap<>();
        db.connection(connection -> {
            try (var statement = connection.createStatement();
                    var rs = statement.executeQuery(sql)) {
                while (rs.next()) {
                    long indicator = rs.getLong(1);
                    String code = rs.getString(2);
                    Period period = periods.computeIfAbsent(code, Period::parse);
                    java.math.BigDecimal number = rs.getBigDecimal(3);
                    boolean yes = rs.getBoolean(4);
                    Boolean valueYes = rs.wasNull() ? null : yes;
                    long file = rs.getLong(5);
                    Long fileId = rs.wasNull() ? null : file;
                    long line = rs.getLong(6);
                    Long sourceLine = rs.wasNull() ? null : line;
                    List<ValueInput> ofIndicator = values.computeIfAbsent(indicator, k -> new ArrayList<>());
                    ofIndicator.add(
                            new ValueInput(code, period.end(), period.kind().rank(), number, valueYes));
                    byIndicator.get(indicator).sources.add(indicator, ofIndicator.size() - 1, fileId, sourceLine);
                }
            }
        });
    }

    /** An indicator as the recompute reads it. */
    private record IndicatorRow(
            long id,
            long goalId,
            String code,
            String name,
            String type,
            String direction,
            java.math.BigDecimal baseline,
            java.math.BigDecimal targetNumber,
            Boolean targetYes,
            LocalDate targetDate,
            java.math.BigDecimal weight) {}

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
        final List<IndicatorRow> indicators = new ArrayList<>();
        final Map<Long, Set<Long>> perspectives = new HashMap<>();
        final ValueSources sources = new ValueSources();
        Map<Long, List<ValueInput>> values = Map.of();

        Builder(Key key) {
            this.key = key;
        }

        PlanYearData build() {
            List<IndicatorInput> inputs = new ArrayList<>();
            Map<Long, Long> indicatorGoal = new HashMap<>();
            Map<Long, IndicatorInfo> infos = new LinkedHashMap<>();
            for (IndicatorRow i : indicators) {
                boolean yesNo = "ja_nej".equals(i.type());
                inputs.add(new IndicatorInput(
                        i.id(),
                        yesNo,
                        "minska".equals(i.direction()) ? Direction.MINSKA : Direction.OKA,
                        i.baseline(),
                        i.targetNumber(),
                        i.weight(),
                        values.getOrDefault(i.id(), List.of())));
                indicatorGoal.put(i.id(), i.goalId());
                infos.put(
                        i.id(),
                        new IndicatorInfo(
                                i.id(),
                                i.code(),
                                i.name(),
                                i.type(),
                                i.baseline(),
                                i.targetNumber(),
                                i.targetYes(),
                                i.targetDate()));
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
