package se.maltavla.yearend.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.maltavla.actionplan.Narrative;
import se.maltavla.fulfilment.GuidelineReport;
import se.maltavla.fulfilment.Level;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.fulfilment.Status;
import se.maltavla.yearend.Readiness;
import se.maltavla.yearend.Snapshot;

/** The gaps of a plan year, found in a snapshot of it at its default date (plain Java). */
final class ReadinessCheck {

    private ReadinessCheck() {}

    static Readiness of(Snapshot snapshot, List<Readiness.RejectedFile> rejectedFiles) {
        Map<Long, String> committeeOfGoal = new LinkedHashMap<>();
        Map<Long, String> committeeNames = new LinkedHashMap<>();
        for (ResultRow row : snapshot.results().rows(Level.NAMND)) {
            committeeNames.put(row.subjectId(), row.name());
        }
        Map<Long, ResultRow> goals = new LinkedHashMap<>();
        for (ResultRow goal : snapshot.results().rows(Level.MAL)) {
            goals.put(goal.subjectId(), goal);
            committeeOfGoal.put(goal.subjectId(), committeeNames.getOrDefault(goal.parentId(), "?"));
        }
        Set<String> narrated = snapshot.narratives().stream()
                .map(Narrative::code)
                .map(c -> c.toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.toSet());
        Map<String, Gaps> byCommittee = new LinkedHashMap<>();
        committeeNames.values().forEach(name -> byCommittee.put(name, new Gaps()));
        for (ResultRow goal : goals.values()) {
            Gaps gaps = byCommittee.computeIfAbsent(committeeOfGoal.get(goal.subjectId()), k -> new Gaps());
            Readiness.Goal ref = new Readiness.Goal(
                    goal.subjectId(), goal.code(), goal.name(), goal.indicators(), goal.indicatorsWithValue());
            if (goal.indicatorsWithValue() < goal.indicators()) {
                gaps.withoutValues.add(ref);
            }
            if (!narrated.contains(goal.code().toLowerCase(java.util.Locale.ROOT))) {
                gaps.withoutText.add(ref);
            }
        }
        for (ResultRow indicator : snapshot.results().rows(Level.INDIKATOR)) {
            if (indicator.status() == Status.EJ_MATBAR) {
                ResultRow goal = goals.get(indicator.parentId());
                String committee = committeeOfGoal.getOrDefault(indicator.parentId(), "?");
                byCommittee
                        .computeIfAbsent(committee, k -> new Gaps())
                        .notMeasurable
                        .add(new Readiness.Indicator(
                                indicator.subjectId(),
                                indicator.code(),
                                indicator.name(),
                                goal == null ? null : goal.code()));
            }
        }
        for (GuidelineReport.Breach breach : snapshot.guidelines().breaches()) {
            if (breach.kind().equals("aktivitet")) {
                String committee = breach.committee() == null ? "" : breach.committee();
                byCommittee
                        .computeIfAbsent(committee, k -> new Gaps())
                        .breaking
                        .add(new Readiness.Activity(breach.id(), breach.code(), breach.name(), breach.failed()));
            }
        }
        List<Readiness.Committee> committees = new ArrayList<>();
        byCommittee.forEach((name, gaps) -> committees.add(new Readiness.Committee(
                name, gaps.withoutValues, gaps.notMeasurable, gaps.withoutText, gaps.breaking)));
        return new Readiness(snapshot.municipality(), snapshot.year(), committees, rejectedFiles);
    }

    private static final class Gaps {
        final List<Readiness.Goal> withoutValues = new ArrayList<>();
        final List<Readiness.Indicator> notMeasurable = new ArrayList<>();
        final List<Readiness.Goal> withoutText = new ArrayList<>();
        final List<Readiness.Activity> breaking = new ArrayList<>();
    }
}
