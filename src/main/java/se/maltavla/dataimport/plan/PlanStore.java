package se.maltavla.dataimport.plan;

import static se.maltavla.db.Tables.COMMITTEE;
import static se.maltavla.db.Tables.GOAL;
import static se.maltavla.db.Tables.GOAL_LINK;
import static se.maltavla.db.Tables.INDICATOR;
import static se.maltavla.db.Tables.INDICATOR_PERSPECTIVE;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import se.maltavla.dataimport.row.ChunkResult.Outcome;
import se.maltavla.dataimport.row.Lookups;
import se.maltavla.dataimport.row.RecordComparison;
import se.maltavla.dataimport.row.ReportingLimits;
import se.maltavla.dataimport.row.RowRejectedException;
import se.maltavla.dataimport.row.RowValues;
import se.maltavla.db.tables.records.IndicatorRecord;

/**
 * Stores plan rows: upserts the goal (key kommun, ar, mal_kod) and the indicator (key kommun,
 * ar, indikator_kod), keeping their measurements. The goals and indicators of a (municipality,
 * year) are read once per file and kept in memory while the file is imported.
 */
final class PlanStore {

    private final DSLContext db;
    private final Lookups lookups;
    private final long fileId;
    private final ReportingLimits limits;
    private final Set<String> loaded = new HashSet<>();
    private final Map<String, GoalState> goals = new HashMap<>();
    private final Map<String, IndicatorRecord> indicators = new HashMap<>();
    private final Map<Long, Set<Long>> perspectives = new HashMap<>();

    private static final class GoalState {
        long id;
        String committeeName;
        String committeeKey;
        String text;
        Set<Long> links = new HashSet<>();
    }

    PlanStore(DSLContext db, Lookups lookups, long fileId, ReportingLimits limits) {
        this.limits = limits;
        this.db = db;
        this.lookups = lookups;
        this.fileId = fileId;
    }

    Outcome save(PlanRow row) {
        load(row.municipality(), row.year());
        String goalKey = row.municipality() + "|" + row.year() + "|" + RowValues.key(row.goalCode());
        GoalState goal = goals.get(goalKey);
        String committeeKey = Lookups.committeeKey(row.committee());
        if (goal != null && !goal.committeeKey.equals(committeeKey)) {
            throw new RowRejectedException(
                    "namnd",
                    row.committee(),
                    "row.goal.othercommittee",
                    row.goalCode(),
                    row.year(),
                    goal.committeeName);
        }
        Outcome outcome = goal == null ? Outcome.NEW : Outcome.UNCHANGED;
        if (goal == null) {
            goal = insertGoal(row, committeeKey);
            goals.put(goalKey, goal);
        } else if (!goal.text.equals(row.goalText())) {
            db.update(GOAL)
                    .set(GOAL.TEXT, row.goalText())
                    .set(GOAL.SOURCE_FILE_ID, fileId)
                    .set(GOAL.SOURCE_LINE, row.line())
                    .where(GOAL.ID.eq(goal.id))
                    .execute();
            goal.text = row.goalText();
            outcome = Outcome.UPDATED;
        }
        for (Long element : row.goalLinks()) {
            if (goal.links.add(element)) {
                db.insertInto(GOAL_LINK)
                        .set(GOAL_LINK.GOAL_ID, goal.id)
                        .set(GOAL_LINK.ELEMENT_ID, element)
                        .execute();
                outcome = outcome.and(Outcome.UPDATED);
            }
        }
        return outcome.and(saveIndicator(row, goal.id));
    }

    private GoalState insertGoal(PlanRow row, String committeeKey) {
        GoalState goal = new GoalState();
        goal.committeeName = row.committee();
        goal.committeeKey = committeeKey;
        goal.text = row.goalText();
        long committeeId =
                lookups.committee(new se.maltavla.shared.MunicipalityCode(row.municipality()), row.committee());
        goal.id = db.insertInto(GOAL)
                .set(GOAL.MUNICIPALITY_CODE, row.municipality())
                .set(GOAL.PLAN_YEAR, row.year())
                .set(GOAL.CODE, row.goalCode())
                .set(GOAL.CODE_KEY, RowValues.key(row.goalCode()))
                .set(GOAL.TEXT, row.goalText())
                .set(GOAL.COMMITTEE_ID, committeeId)
                .set(GOAL.STRATEGY_ID, row.strategyId())
                .set(GOAL.SOURCE_FILE_ID, fileId)
                .set(GOAL.SOURCE_LINE, row.line())
                .returningResult(GOAL.ID)
                .fetchOne(GOAL.ID);
        return goal;
    }

    private Outcome saveIndicator(PlanRow row, long goalId) {
        String key = row.municipality() + "|" + row.year() + "|" + RowValues.key(row.indicatorCode());
        IndicatorRecord stored = indicators.get(key);
        if (stored != null && limits.limited()) {
            // A reporter's plan row must not take an indicator from another nämnd's goal.
            String owner = goals.values().stream()
                    .filter(g -> g.id == stored.getGoalId())
                    .map(g -> g.committeeName)
                    .findFirst()
                    .orElse(null);
            limits.requireOwned(
                    "indikatorkod", row.indicatorCode(), "row.reporter.plannedindicator", row.indicatorCode(), owner);
        }
        IndicatorRecord wanted = stored == null ? db.newRecord(INDICATOR) : stored.copy();
        if (stored != null) {
            wanted.setId(stored.getId());
        }
        fill(wanted, row, goalId);
        Outcome outcome;
        if (stored == null) {
            wanted.setSourceFileId(fileId);
            wanted.setSourceLine(row.line());
            wanted.store();
            indicators.put(key, wanted);
            outcome = Outcome.NEW;
        } else if (RecordComparison.sameContent(
                stored, wanted, Set.of(INDICATOR.ID, INDICATOR.SOURCE_FILE_ID, INDICATOR.SOURCE_LINE))) {
            outcome = Outcome.UNCHANGED;
        } else {
            wanted.setSourceFileId(fileId);
            wanted.setSourceLine(row.line());
            db.executeUpdate(wanted);
            indicators.put(key, wanted);
            outcome = Outcome.UPDATED;
        }
        Set<Long> current = perspectives.getOrDefault(wanted.getId(), Set.of());
        if (!current.equals(row.perspectives())) {
            db.deleteFrom(INDICATOR_PERSPECTIVE)
                    .where(INDICATOR_PERSPECTIVE.INDICATOR_ID.eq(wanted.getId()))
                    .execute();
            for (Long element : row.perspectives()) {
                db.insertInto(INDICATOR_PERSPECTIVE)
                        .set(INDICATOR_PERSPECTIVE.INDICATOR_ID, wanted.getId())
                        .set(INDICATOR_PERSPECTIVE.ELEMENT_ID, element)
                        .execute();
            }
            perspectives.put(wanted.getId(), new HashSet<>(row.perspectives()));
            outcome = outcome.and(Outcome.UPDATED);
        }
        return outcome;
    }

    private static void fill(IndicatorRecord r, PlanRow row, long goalId) {
        r.setMunicipalityCode(row.municipality());
        r.setPlanYear(row.year());
        r.setCode(row.indicatorCode());
        r.setCodeKey(RowValues.key(row.indicatorCode()));
        r.setGoalId(goalId);
        r.setName(row.indicatorName());
        r.setUnit(row.unit());
        r.setIndicatorType(row.type());
        r.setDirection(row.direction());
        r.setBaseline(row.baseline());
        r.setTargetNumber(row.targetNumber());
        r.setTargetYes(row.targetYes());
        r.setTargetDate(row.targetDate());
        r.setTargetDateGiven(row.targetDateGiven());
        r.setWeight(row.weight());
        r.setOwner(row.owner());
        r.setExecutor(row.executor());
        r.setAnchored(row.anchored().done());
        r.setAnchoredOn(row.anchored().on());
        r.setReported(row.reported().done());
        r.setReportedOn(row.reported().on());
    }

    private void load(String municipality, int year) {
        if (!loaded.add(municipality + "|" + year)) {
            return;
        }
        db.select(GOAL.ID, GOAL.CODE_KEY, GOAL.TEXT, COMMITTEE.NAME, COMMITTEE.NAME_KEY)
                .from(GOAL)
                .join(COMMITTEE)
                .on(COMMITTEE.ID.eq(GOAL.COMMITTEE_ID))
                .where(GOAL.MUNICIPALITY_CODE.eq(municipality), GOAL.PLAN_YEAR.eq(year))
                .forEach(r -> {
                    GoalState g = new GoalState();
                    g.id = r.value1();
                    g.text = r.value3();
                    g.committeeName = r.value4();
                    g.committeeKey = r.value5();
                    goals.put(municipality + "|" + year + "|" + r.value2(), g);
                });
        Map<Long, GoalState> byId = new HashMap<>();
        goals.values().forEach(g -> byId.put(g.id, g));
        db.select(GOAL_LINK.GOAL_ID, GOAL_LINK.ELEMENT_ID)
                .from(GOAL_LINK)
                .join(GOAL)
                .on(GOAL.ID.eq(GOAL_LINK.GOAL_ID))
                .where(GOAL.MUNICIPALITY_CODE.eq(municipality), GOAL.PLAN_YEAR.eq(year))
                .forEach(r -> byId.get(r.value1()).links.add(r.value2()));
        db.selectFrom(INDICATOR)
                .where(INDICATOR.MUNICIPALITY_CODE.eq(municipality), INDICATOR.PLAN_YEAR.eq(year))
                .forEach(r -> indicators.put(municipality + "|" + year + "|" + r.getCodeKey(), r));
        db.select(INDICATOR_PERSPECTIVE.INDICATOR_ID, INDICATOR_PERSPECTIVE.ELEMENT_ID)
                .from(INDICATOR_PERSPECTIVE)
                .join(INDICATOR)
                .on(INDICATOR.ID.eq(INDICATOR_PERSPECTIVE.INDICATOR_ID))
                .where(INDICATOR.MUNICIPALITY_CODE.eq(municipality), INDICATOR.PLAN_YEAR.eq(year))
                .forEach(r -> perspectives
                        .computeIfAbsent(r.value1(), k -> new HashSet<>())
                        .add(r.value2()));
    }
}
