package se.maltavla.yearend.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.maltavla.actionplan.ActionPlanService;
import se.maltavla.actionplan.Goal;
import se.maltavla.actionplan.Indicator;
import se.maltavla.actionplan.Measurement;
import se.maltavla.activity.Activity;
import se.maltavla.activity.ActivityService;
import se.maltavla.dataimport.ImportService;
import se.maltavla.fulfilment.ForecastStatus;
import se.maltavla.fulfilment.FulfilmentService;
import se.maltavla.fulfilment.GuidelineReport;
import se.maltavla.fulfilment.Level;
import se.maltavla.fulfilment.PlanYearResults;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.yearend.SteeringPack;

/** What changed in a plan year between two dates, gathered through the features' services. */
@Component
class PackBuilder {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final FulfilmentService fulfilment;
    private final ActionPlanService plans;
    private final ActivityService activities;
    private final ImportService imports;

    PackBuilder(
            FulfilmentService fulfilment, ActionPlanService plans, ActivityService activities, ImportService imports) {
        this.fulfilment = fulfilment;
        this.plans = plans;
        this.activities = activities;
        this.imports = imports;
    }

    /** The latest date (the plan year's default evaluation date) when {@code to} is null. */
    LocalDate to(int year, LocalDate to) {
        return to != null ? to : fulfilment.defaultEvaluationDate(year);
    }

    /** The last tertial end before {@code to} in the plan year, else the year's first day, when {@code from} is null. */
    static LocalDate from(int year, LocalDate from, LocalDate to) {
        if (from != null) {
            return from;
        }
        LocalDate previous = LocalDate.of(year, 1, 1);
        for (LocalDate end :
                List.of(LocalDate.of(year, 4, 30), LocalDate.of(year, 8, 31), LocalDate.of(year, 12, 31))) {
            if (end.isBefore(to)) {
                previous = end;
            }
        }
        return previous;
    }

    SteeringPack build(String municipality, String name, int year, LocalDate from, LocalDate to) {
        PlanYearResults before = fulfilment.results(municipality, year, from);
        PlanYearResults after = fulfilment.results(municipality, year, to);
        Map<Long, String> committees = committees(after);
        Map<String, ResultRow> goalsBefore = byCode(before.rows(Level.MAL));
        List<SteeringPack.GoalChange> statusChanged = new ArrayList<>();
        List<SteeringPack.GoalChange> moved = new ArrayList<>();
        for (ResultRow goal : after.rows(Level.MAL)) {
            ResultRow was = goalsBefore.get(goal.code());
            SteeringPack.GoalChange change = new SteeringPack.GoalChange(
                    committees.get(goal.parentId()),
                    goal.code(),
                    goal.name(),
                    was == null ? null : was.fulfilmentPercent(),
                    was == null ? null : was.status(),
                    goal.fulfilmentPercent(),
                    goal.status());
            if (was == null || was.status() != goal.status()) {
                statusChanged.add(change);
            }
            if (was != null
                    && was.fulfilmentPercent() != null
                    && goal.fulfilmentPercent() != null
                    && goal.fulfilmentPercent()
                                    .subtract(was.fulfilmentPercent())
                                    .abs()
                                    .compareTo(SteeringPack.MOVE_POINTS)
                            > 0) {
                moved.add(change);
            }
        }
        return new SteeringPack(
                municipality,
                name,
                year,
                from,
                to,
                statusChanged,
                moved,
                newValues(municipality, year, from, to, committees.values()),
                turnedToRisk(before, after, committees),
                activityChanges(municipality, year, from, to, true),
                activityChanges(municipality, year, from, to, false),
                newBreaches(municipality, year, from));
    }

    private static Map<Long, String> committees(PlanYearResults results) {
        Map<Long, String> names = new LinkedHashMap<>();
        results.rows(Level.NAMND).forEach(row -> names.put(row.subjectId(), row.name()));
        return names;
    }

    private static Map<String, ResultRow> byCode(List<ResultRow> rows) {
        Map<String, ResultRow> byCode = new LinkedHashMap<>();
        rows.forEach(row -> byCode.putIfAbsent(row.code(), row));
        return byCode;
    }

    private List<SteeringPack.CommitteeValues> newValues(
            String municipality, int year, LocalDate from, LocalDate to, java.util.Collection<String> committeeNames) {
        Map<String, List<SteeringPack.NewValue>> byCommittee = new LinkedHashMap<>();
        committeeNames.forEach(name -> byCommittee.put(name, new ArrayList<>()));
        for (Indicator indicator : plans.indicators(municipality, year)) {
            for (Measurement value : indicator.values()) {
                if (value.periodEnd().isAfter(from)
                        && !value.periodEnd().isAfter(to)
                        && (value.valueNumber() != null || value.valueYes() != null)) {
                    byCommittee
                            .computeIfAbsent(indicator.committee(), k -> new ArrayList<>())
                            .add(new SteeringPack.NewValue(
                                    indicator.code(),
                                    indicator.name(),
                                    value.period(),
                                    value.periodEnd(),
                                    value.valueNumber(),
                                    value.valueYes(),
                                    value.source() == null
                                            ? null
                                            : value.source().fileName(),
                                    value.source() == null ? 0 : value.source().line()));
                }
            }
        }
        List<SteeringPack.CommitteeValues> values = new ArrayList<>();
        byCommittee.forEach((committee, list) -> values.add(new SteeringPack.CommitteeValues(committee, list)));
        return values;
    }

    /** Goals with an indicator whose forecast is at risk at the later date and was not at the earlier. */
    private static List<SteeringPack.GoalChange> turnedToRisk(
            PlanYearResults before, PlanYearResults after, Map<Long, String> committees) {
        Set<String> atRiskBefore = new HashSet<>();
        for (ResultRow indicator : before.rows(Level.INDIKATOR)) {
            if (atRisk(indicator)) {
                atRiskBefore.add(indicator.code());
            }
        }
        Set<Long> goals = new java.util.LinkedHashSet<>();
        for (ResultRow indicator : after.rows(Level.INDIKATOR)) {
            if (atRisk(indicator) && !atRiskBefore.contains(indicator.code())) {
                goals.add(indicator.parentId());
            }
        }
        Map<String, ResultRow> goalsBefore = byCode(before.rows(Level.MAL));
        List<SteeringPack.GoalChange> turned = new ArrayList<>();
        for (ResultRow goal : after.rows(Level.MAL)) {
            if (goals.contains(goal.subjectId())) {
                ResultRow was = goalsBefore.get(goal.code());
                turned.add(new SteeringPack.GoalChange(
                        committees.get(goal.parentId()),
                        goal.code(),
                        goal.name(),
                        was == null ? null : was.fulfilmentPercent(),
                        was == null ? null : was.status(),
                        goal.fulfilmentPercent(),
                        goal.status()));
            }
        }
        return turned;
    }

    private static boolean atRisk(ResultRow indicator) {
        return indicator.indicator() != null
                && indicator.indicator().forecast() != null
                && indicator.indicator().forecast().status() == ForecastStatus.AT_RISK;
    }

    private List<SteeringPack.ActivityChange> activityChanges(
            String municipality, int year, LocalDate from, LocalDate to, boolean started) {
        List<SteeringPack.ActivityChange> changes = new ArrayList<>();
        for (Activity activity : activities.activities(municipality, year)) {
            LocalDate date = started ? activity.start() : activity.end();
            if (date != null && date.isAfter(from) && !date.isAfter(to)) {
                changes.add(
                        new SteeringPack.ActivityChange(activity.code(), activity.name(), activity.committee(), date));
            }
        }
        return changes;
    }

    /** Breaches of goals and activities whose rows came from a file imported after {@code from}. */
    private List<SteeringPack.Breach> newBreaches(String municipality, int year, LocalDate from) {
        GuidelineReport guidelines = fulfilment.guidelines(municipality, year);
        Map<Long, Long> goalFiles = new LinkedHashMap<>();
        for (Goal goal : plans.goals(municipality, year)) {
            if (goal.source() != null) {
                goalFiles.put(goal.id(), goal.source().fileId());
            }
        }
        Map<Long, Long> activityFiles = new LinkedHashMap<>();
        for (Activity activity : activities.activities(municipality, year)) {
            if (activity.sourceFileId() != null) {
                activityFiles.put(activity.id(), activity.sourceFileId());
            }
        }
        Set<Long> files = new HashSet<>(goalFiles.values());
        files.addAll(activityFiles.values());
        Map<Long, OffsetDateTime> imported = imports.importedAt(files);
        List<SteeringPack.Breach> breaches = new ArrayList<>();
        for (GuidelineReport.Breach breach : guidelines.breaches()) {
            Long file = breach.kind().equals("mal") ? goalFiles.get(breach.id()) : activityFiles.get(breach.id());
            OffsetDateTime at = file == null ? null : imported.get(file);
            if (at != null && at.atZoneSameInstant(SWEDEN).toLocalDate().isAfter(from)) {
                breaches.add(new SteeringPack.Breach(
                        breach.kind(),
                        breach.code(),
                        breach.name(),
                        Objects.requireNonNullElse(breach.committee(), ""),
                        breach.failed()));
            }
        }
        return breaches;
    }
}
