package se.maltavla.fulfilment.internal;

import static se.maltavla.db.Tables.ACTIVITY;
import static se.maltavla.db.Tables.ACTIVITY_LINK;
import static se.maltavla.db.Tables.COMMITTEE;
import static se.maltavla.db.Tables.ELEMENT_LINK;
import static se.maltavla.db.Tables.GOAL;
import static se.maltavla.db.Tables.INDICATOR;
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
import se.maltavla.fulfilment.GuidelineGroup;
import se.maltavla.fulfilment.GuidelineReport;
import se.maltavla.fulfilment.GuidelineReport.Breach;
import se.maltavla.fulfilment.GuidelineReport.Group;
import se.maltavla.fulfilment.GuidelineShares;
import se.maltavla.fulfilment.Level;
import se.maltavla.fulfilment.PlanYearResults;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.fulfilment.calculator.Direction;
import se.maltavla.fulfilment.calculator.GuidelineCheck;
import se.maltavla.fulfilment.calculator.GuidelineSubject;
import se.maltavla.fulfilment.calculator.IndicatorInput;
import se.maltavla.fulfilment.calculator.Reachability;

/**
 * Reads what the guideline check needs: each goal's indicator rows of the plan year, and the
 * activities running in that year; groups them by nämnd and by the elements they serve (the
 * goals' contributions as stored with the results; an activity's links followed like a goal's).
 */
@Component
class GuidelineLoader {

    private final DSLContext db;

    GuidelineLoader(DSLContext db) {
        this.db = db;
    }

    GuidelineReport check(PlanYearResults results) {
        String municipality = results.municipality();
        int year = results.year();
        Map<Long, Set<GuidelineGroup>> goalGroups = new HashMap<>();
        results.contributors()
                .forEach((element, goals) -> goals.forEach(goal ->
                        goalGroups.computeIfAbsent(goal, g -> new HashSet<>()).add(GuidelineGroup.element(element))));
        Map<Long, List<GuidelineSubject.Row>> rows = new HashMap<>();
        db.selectFrom(INDICATOR)
                .where(INDICATOR.MUNICIPALITY_CODE.eq(municipality), INDICATOR.PLAN_YEAR.eq(year))
                .forEach(i -> {
                    boolean yesNo = "ja_nej".equals(i.getIndicatorType());
                    IndicatorInput input = new IndicatorInput(
                            i.getId(),
                            yesNo,
                            "minska".equals(i.getDirection()) ? Direction.MINSKA : Direction.OKA,
                            i.getBaseline(),
                            i.getTargetNumber(),
                            i.getWeight(),
                            List.of());
                    rows.computeIfAbsent(i.getGoalId(), g -> new ArrayList<>())
                            .add(GuidelineSubject.Row.indicator(
                                    input,
                                    GuidelineSubject.Row.present(i.getOwner()),
                                    GuidelineSubject.Row.present(i.getExecutor()),
                                    GuidelineSubject.Row.confirmed(i.getAnchored(), i.getAnchoredOn()),
                                    GuidelineSubject.Row.confirmed(i.getReported(), i.getReportedOn()),
                                    Boolean.TRUE.equals(i.getTargetDateGiven())));
                });

        List<GuidelineSubject> subjects = new ArrayList<>();
        Map<Long, String[]> labels = new HashMap<>();
        Map<Long, String> committeeNames = new LinkedHashMap<>();
        db.select(GOAL.ID, GOAL.CODE, GOAL.TEXT, COMMITTEE.ID, COMMITTEE.NAME)
                .from(GOAL)
                .join(COMMITTEE)
                .on(COMMITTEE.ID.eq(GOAL.COMMITTEE_ID))
                .where(GOAL.MUNICIPALITY_CODE.eq(municipality), GOAL.PLAN_YEAR.eq(year))
                .orderBy(COMMITTEE.NAME, GOAL.CODE)
                .forEach(r -> {
                    Set<GuidelineGroup> groups = new HashSet<>(goalGroups.getOrDefault(r.value1(), Set.of()));
                    groups.add(GuidelineGroup.committee(r.value4()));
                    committeeNames.put(r.value4(), r.value5());
                    subjects.add(GuidelineSubject.goal(r.value1(), groups, rows.getOrDefault(r.value1(), List.of())));
                    labels.put(r.value1(), new String[] {r.value2(), r.value3(), r.value5()});
                });
        List<GuidelineSubject> activities = activities(municipality, year, committeeNames);
        Map<Long, String[]> activityLabels = new HashMap<>();
        db.select(ACTIVITY.ID, ACTIVITY.CODE, ACTIVITY.NAME, COMMITTEE.NAME)
                .from(ACTIVITY)
                .leftJoin(COMMITTEE)
                .on(COMMITTEE.ID.eq(ACTIVITY.COMMITTEE_ID))
                .where(ACTIVITY.MUNICIPALITY_CODE.eq(municipality))
                .forEach(r -> activityLabels.put(r.value1(), new String[] {r.value2(), r.value3(), r.value4()}));
        subjects.addAll(activities);

        List<GuidelineGroup> groups = new ArrayList<>();
        committeeNames.keySet().forEach(id -> groups.add(GuidelineGroup.committee(id)));
        List<ResultRow> elements = results.rows(Level.ELEMENT);
        elements.forEach(e -> groups.add(GuidelineGroup.element(e.subjectId())));
        Map<GuidelineGroup, GuidelineShares> shares = GuidelineCheck.shares(subjects, groups);

        List<Group> committees = new ArrayList<>();
        committeeNames.forEach((id, name) ->
                committees.add(new Group(id, name, name, null, shares.get(GuidelineGroup.committee(id)))));
        List<Group> elementGroups = elements.stream()
                .map(e -> new Group(
                        e.subjectId(), e.code(), e.name(), e.type(), shares.get(GuidelineGroup.element(e.subjectId()))))
                .toList();
        List<Breach> breaches = GuidelineCheck.breaking(subjects).stream()
                .map(finding -> {
                    boolean goal = finding.subject().kind() == GuidelineSubject.Kind.GOAL;
                    String[] label = (goal ? labels : activityLabels)
                            .get(finding.subject().id());
                    return new Breach(
                            goal ? "mal" : "aktivitet",
                            finding.subject().id(),
                            label[0],
                            label[1],
                            label[2],
                            finding.failed());
                })
                .toList();
        return new GuidelineReport(municipality, year, committees, elementGroups, breaches);
    }

    /** Activities running in the plan year (no dates: every year), grouped by nämnd and by the elements their links reach. */
    private List<GuidelineSubject> activities(String municipality, int year, Map<Long, String> committeeNames) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Map<Long, Set<Long>> elementLinks = new HashMap<>();
        db.select(ELEMENT_LINK.FROM_ELEMENT_ID, ELEMENT_LINK.TO_ELEMENT_ID)
                .from(ELEMENT_LINK)
                .join(STRATEGY_ELEMENT)
                .on(STRATEGY_ELEMENT.ID.eq(ELEMENT_LINK.FROM_ELEMENT_ID))
                .join(se.maltavla.db.Tables.STRATEGY)
                .on(se.maltavla.db.Tables.STRATEGY.ID.eq(STRATEGY_ELEMENT.STRATEGY_ID))
                .where(se.maltavla.db.Tables.STRATEGY.MUNICIPALITY_CODE.eq(municipality))
                .forEach(r -> elementLinks
                        .computeIfAbsent(r.value1(), k -> new HashSet<>())
                        .add(r.value2()));
        Reachability reachability = new Reachability(elementLinks);
        Map<Long, Set<Long>> links = new HashMap<>();
        db.select(ACTIVITY_LINK.ACTIVITY_ID, ACTIVITY_LINK.ELEMENT_ID)
                .from(ACTIVITY_LINK)
                .join(ACTIVITY)
                .on(ACTIVITY.ID.eq(ACTIVITY_LINK.ACTIVITY_ID))
                .where(ACTIVITY.MUNICIPALITY_CODE.eq(municipality))
                .forEach(r ->
                        links.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
        List<GuidelineSubject> subjects = new ArrayList<>();
        db.select(
                        ACTIVITY.ID,
                        ACTIVITY.COMMITTEE_ID,
                        COMMITTEE.NAME,
                        ACTIVITY.OWNER,
                        ACTIVITY.EXECUTOR,
                        ACTIVITY.ANCHORED,
                        ACTIVITY.ANCHORED_ON,
                        ACTIVITY.REPORTED,
                        ACTIVITY.REPORTED_ON)
                .from(ACTIVITY)
                .leftJoin(COMMITTEE)
                .on(COMMITTEE.ID.eq(ACTIVITY.COMMITTEE_ID))
                .where(
                        ACTIVITY.MUNICIPALITY_CODE.eq(municipality),
                        ACTIVITY.START_DATE.isNull().or(ACTIVITY.START_DATE.le(last)),
                        ACTIVITY.END_DATE.isNull().or(ACTIVITY.END_DATE.ge(first)))
                .orderBy(ACTIVITY.CODE)
                .forEach(r -> {
                    Set<GuidelineGroup> groups = new HashSet<>();
                    if (r.value2() != null) {
                        groups.add(GuidelineGroup.committee(r.value2()));
                        committeeNames.putIfAbsent(r.value2(), r.value3());
                    }
                    reachability
                            .from(links.getOrDefault(r.value1(), Set.of()))
                            .forEach(element -> groups.add(GuidelineGroup.element(element)));
                    subjects.add(GuidelineSubject.activity(
                            r.value1(),
                            groups,
                            GuidelineSubject.Row.present(r.value4()),
                            GuidelineSubject.Row.present(r.value5()),
                            GuidelineSubject.Row.confirmed(r.value6(), r.value7()),
                            GuidelineSubject.Row.confirmed(r.value8(), r.value9())));
                });
        return subjects;
    }
}
