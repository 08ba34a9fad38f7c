package se.maltavla.actionplan.internal;

import static se.maltavla.db.Tables.COMMITTEE;
import static se.maltavla.db.Tables.GOAL;
import static se.maltavla.db.Tables.GOAL_LINK;
import static se.maltavla.db.Tables.IMPORT_FILE;
import static se.maltavla.db.Tables.INDICATOR;
import static se.maltavla.db.Tables.INDICATOR_PERSPECTIVE;
import static se.maltavla.db.Tables.MEASUREMENT;
import static se.maltavla.db.Tables.NARRATIVE;
import static se.maltavla.db.Tables.STRATEGY;
import static se.maltavla.db.Tables.STRATEGY_ELEMENT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.ResultQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.maltavla.actionplan.ActionPlanService;
import se.maltavla.actionplan.Goal;
import se.maltavla.actionplan.Indicator;
import se.maltavla.actionplan.Measurement;
import se.maltavla.actionplan.Narrative;
import se.maltavla.actionplan.SourceLine;
import se.maltavla.shared.Decimals;

@Service
class DefaultActionPlanService implements ActionPlanService {

    private final DSLContext db;

    DefaultActionPlanService(DSLContext db) {
        this.db = db;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Goal> goals(String municipality, int year) {
        Map<Long, List<String>> links = goalLinks(municipality, year);
        Map<Long, List<String>> indicators = grouped(db.select(INDICATOR.GOAL_ID, INDICATOR.CODE)
                .from(INDICATOR)
                .where(indicatorsOf(municipality, year))
                .orderBy(INDICATOR.CODE));
        return db.select(
                        GOAL.ID,
                        GOAL.CODE,
                        GOAL.TEXT,
                        COMMITTEE.NAME,
                        STRATEGY.CODE,
                        GOAL.SOURCE_FILE_ID,
                        IMPORT_FILE.FILE_NAME,
                        GOAL.SOURCE_LINE)
                .from(GOAL)
                .join(COMMITTEE)
                .on(COMMITTEE.ID.eq(GOAL.COMMITTEE_ID))
                .join(STRATEGY)
                .on(STRATEGY.ID.eq(GOAL.STRATEGY_ID))
                .leftJoin(IMPORT_FILE)
                .on(IMPORT_FILE.ID.eq(GOAL.SOURCE_FILE_ID))
                .where(goalsOf(municipality, year))
                .orderBy(GOAL.CODE)
                .fetch(r -> new Goal(
                        r.get(GOAL.ID),
                        year,
                        r.get(GOAL.CODE),
                        r.get(GOAL.TEXT),
                        r.get(COMMITTEE.NAME),
                        r.get(STRATEGY.CODE),
                        links.getOrDefault(r.get(GOAL.ID), List.of()),
                        indicators.getOrDefault(r.get(GOAL.ID), List.of()),
                        source(r, GOAL.SOURCE_FILE_ID, GOAL.SOURCE_LINE)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Indicator> indicators(String municipality, int year) {
        Map<Long, List<String>> links = goalLinks(municipality, year);
        Map<Long, List<String>> perspectives =
                grouped(db.select(INDICATOR_PERSPECTIVE.INDICATOR_ID, STRATEGY_ELEMENT.CODE)
                        .from(INDICATOR_PERSPECTIVE)
                        .join(STRATEGY_ELEMENT)
                        .on(STRATEGY_ELEMENT.ID.eq(INDICATOR_PERSPECTIVE.ELEMENT_ID))
                        .join(INDICATOR)
                        .on(INDICATOR.ID.eq(INDICATOR_PERSPECTIVE.INDICATOR_ID))
                        .where(indicatorsOf(municipality, year))
                        .orderBy(STRATEGY_ELEMENT.ID));
        Map<Long, List<Measurement>> values = measurements(municipality, year);
        return db.select(INDICATOR.fields())
                .select(GOAL.CODE, GOAL.TEXT, COMMITTEE.NAME, IMPORT_FILE.FILE_NAME)
                .from(INDICATOR)
                .join(GOAL)
                .on(GOAL.ID.eq(INDICATOR.GOAL_ID))
                .join(COMMITTEE)
                .on(COMMITTEE.ID.eq(GOAL.COMMITTEE_ID))
                .leftJoin(IMPORT_FILE)
                .on(IMPORT_FILE.ID.eq(INDICATOR.SOURCE_FILE_ID))
                .where(indicatorsOf(municipality, year))
                .orderBy(INDICATOR.CODE)
                .fetch(r -> {
                    long id = r.get(INDICATOR.ID);
                    return new Indicator(
                            id,
                            year,
                            r.get(INDICATOR.CODE),
                            r.get(INDICATOR.NAME),
                            r.get(GOAL.CODE),
                            r.get(GOAL.TEXT),
                            r.get(COMMITTEE.NAME),
                            r.get(INDICATOR.UNIT),
                            r.get(INDICATOR.INDICATOR_TYPE),
                            r.get(INDICATOR.DIRECTION),
                            Decimals.plain(r.get(INDICATOR.BASELINE)),
                            Decimals.plain(r.get(INDICATOR.TARGET_NUMBER)),
                            r.get(INDICATOR.TARGET_YES),
                            r.get(INDICATOR.TARGET_DATE),
                            r.get(INDICATOR.TARGET_DATE_GIVEN),
                            Decimals.plain(r.get(INDICATOR.WEIGHT)),
                            r.get(INDICATOR.OWNER),
                            r.get(INDICATOR.EXECUTOR),
                            r.get(INDICATOR.ANCHORED),
                            r.get(INDICATOR.ANCHORED_ON),
                            r.get(INDICATOR.REPORTED),
                            r.get(INDICATOR.REPORTED_ON),
                            links.getOrDefault(r.get(INDICATOR.GOAL_ID), List.of()),
                            perspectives.getOrDefault(id, List.of()),
                            source(r, INDICATOR.SOURCE_FILE_ID, INDICATOR.SOURCE_LINE),
                            values.getOrDefault(id, List.of()));
                });
    }

    @Override
    @Transactional(readOnly = true)
    public List<Narrative> narratives(String municipality, int year) {
        return db.select(
                        NARRATIVE.ID,
                        COMMITTEE.NAME,
                        NARRATIVE.CODE,
                        NARRATIVE.ELEMENT_ID,
                        NARRATIVE.GOAL_ID,
                        NARRATIVE.TEXT,
                        NARRATIVE.SOURCE_FILE_ID,
                        IMPORT_FILE.FILE_NAME,
                        NARRATIVE.SOURCE_LINE)
                .from(NARRATIVE)
                .leftJoin(COMMITTEE)
                .on(COMMITTEE.ID.eq(NARRATIVE.COMMITTEE_ID))
                .leftJoin(IMPORT_FILE)
                .on(IMPORT_FILE.ID.eq(NARRATIVE.SOURCE_FILE_ID))
                .where(NARRATIVE.MUNICIPALITY_CODE.eq(municipality).and(NARRATIVE.PLAN_YEAR.eq(year)))
                .orderBy(NARRATIVE.COMMITTEE_KEY, NARRATIVE.CODE_KEY)
                .fetch(r -> new Narrative(
                        r.get(NARRATIVE.ID),
                        year,
                        r.get(COMMITTEE.NAME),
                        r.get(NARRATIVE.CODE),
                        r.get(NARRATIVE.ELEMENT_ID),
                        r.get(NARRATIVE.GOAL_ID),
                        r.get(NARRATIVE.TEXT),
                        source(r, NARRATIVE.SOURCE_FILE_ID, NARRATIVE.SOURCE_LINE)));
    }

    private Map<Long, List<Measurement>> measurements(String municipality, int year) {
        Map<Long, List<Measurement>> values = new HashMap<>();
        // From the plan year's indicators to their values, in that order: H2 does not reorder the tables of a join
        // that has an outer join, and starting from measurement it read every value of every municipality
        // (docs/performance.md, "The year-end").
        db.select(MEASUREMENT.fields())
                .select(IMPORT_FILE.FILE_NAME)
                .from(INDICATOR)
                .join(MEASUREMENT)
                .on(MEASUREMENT.INDICATOR_ID.eq(INDICATOR.ID))
                .leftJoin(IMPORT_FILE)
                .on(IMPORT_FILE.ID.eq(MEASUREMENT.SOURCE_FILE_ID))
                .where(indicatorsOf(municipality, year))
                .orderBy(MEASUREMENT.PERIOD_END, MEASUREMENT.PERIOD_RANK)
                .forEach(r -> values.computeIfAbsent(r.get(MEASUREMENT.INDICATOR_ID), k -> new ArrayList<>())
                        .add(new Measurement(
                                r.get(MEASUREMENT.PERIOD),
                                r.get(MEASUREMENT.PERIOD_END),
                                Decimals.plain(r.get(MEASUREMENT.VALUE_NUMBER)),
                                r.get(MEASUREMENT.VALUE_YES),
                                r.get(MEASUREMENT.COMMENT),
                                r.get(MEASUREMENT.REPORTED_BY),
                                source(r, MEASUREMENT.SOURCE_FILE_ID, MEASUREMENT.SOURCE_LINE))));
        return values;
    }

    /** Goal id → the codes of the elements it is linked to. */
    private Map<Long, List<String>> goalLinks(String municipality, int year) {
        return grouped(db.select(GOAL_LINK.GOAL_ID, STRATEGY_ELEMENT.CODE)
                .from(GOAL_LINK)
                .join(STRATEGY_ELEMENT)
                .on(STRATEGY_ELEMENT.ID.eq(GOAL_LINK.ELEMENT_ID))
                .join(GOAL)
                .on(GOAL.ID.eq(GOAL_LINK.GOAL_ID))
                .where(goalsOf(municipality, year))
                .orderBy(STRATEGY_ELEMENT.ID));
    }

    /** Id → the codes the query pairs with it, in the query's order. */
    private static Map<Long, List<String>> grouped(ResultQuery<Record2<Long, String>> query) {
        Map<Long, List<String>> grouped = new HashMap<>();
        query.forEach(
                r -> grouped.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return grouped;
    }

    private static Condition goalsOf(String municipality, int year) {
        return GOAL.MUNICIPALITY_CODE.eq(municipality).and(GOAL.PLAN_YEAR.eq(year));
    }

    private static Condition indicatorsOf(String municipality, int year) {
        return INDICATOR.MUNICIPALITY_CODE.eq(municipality).and(INDICATOR.PLAN_YEAR.eq(year));
    }

    private static SourceLine source(Record r, Field<Long> fileId, Field<Long> line) {
        Long file = r.get(fileId);
        Long number = r.get(line);
        return file == null || number == null ? null : new SourceLine(file, r.get(IMPORT_FILE.FILE_NAME), number);
    }
}
