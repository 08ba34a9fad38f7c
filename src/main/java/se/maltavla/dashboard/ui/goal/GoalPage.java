package se.maltavla.dashboard.ui.goal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.maltavla.actionplan.Goal;
import se.maltavla.actionplan.Indicator;
import se.maltavla.fulfilment.GuidelineCriterion;
import se.maltavla.fulfilment.GuidelineReport;
import se.maltavla.fulfilment.Level;
import se.maltavla.fulfilment.PlanYearResults;
import se.maltavla.fulfilment.ResultRow;

/**
 * What the goal view shows of one goal of the current plan year: its stored figures, its nämnd,
 * the strategy elements it contributes to, its indicators and the criteria it fails.
 *
 * @param committee the nämnd's row; null when the results have none
 * @param plan the goal as imported (text, links); null when the action plan no longer has it
 * @param failed the guideline and SMART criteria the goal fails (empty: it meets all)
 */
record GoalPage(
        PlanYearResults results,
        ResultRow goal,
        ResultRow committee,
        Goal plan,
        List<IndicatorLine> indicators,
        List<Contribution> elements,
        Set<GuidelineCriterion> failed) {

    /** An indicator of the goal: its figures and its plan row (null when the plan no longer has it). */
    record IndicatorLine(ResultRow row, Indicator plan) {}

    /** An element the goal counts for; {@code direct} when the goal itself names it in {@code kopplingar}. Direct ones come first. */
    record Contribution(ResultRow element, boolean direct) {}

    /** The goal with this id in the results' plan year; empty when the plan year has no such goal. */
    static Optional<GoalPage> find(
            long id,
            PlanYearResults results,
            List<Goal> goals,
            List<Indicator> indicators,
            GuidelineReport guidelines) {
        Optional<ResultRow> found = results.rows(Level.MAL).stream()
                .filter(g -> g.subjectId() == id)
                .findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ResultRow goal = found.get();
        ResultRow committee = results.rows(Level.NAMND).stream()
                .filter(c -> c.subjectId().equals(goal.parentId()))
                .findFirst()
                .orElse(null);
        Goal plan = goals.stream().filter(g -> g.id() == id).findFirst().orElse(null);
        Map<Long, Indicator> byId = indicators.stream().collect(Collectors.toMap(Indicator::id, Function.identity()));
        List<IndicatorLine> lines = results.rows(Level.INDIKATOR).stream()
                .filter(i -> goal.subjectId().equals(i.parentId()))
                .map(i -> new IndicatorLine(i, byId.get(i.subjectId())))
                .toList();
        List<String> direct = plan == null ? List.of() : plan.links();
        List<Contribution> elements = results.rows(Level.ELEMENT).stream()
                .filter(e -> results.contributors()
                        .getOrDefault(e.subjectId(), Set.of())
                        .contains(id))
                .map(e -> new Contribution(e, direct.contains(e.code())))
                .sorted(Comparator.comparing(c -> !c.direct())) // the goal's own links first, in the strategy's order
                .toList();
        Set<GuidelineCriterion> failed = guidelines.breaches().stream()
                .filter(b -> "mal".equals(b.kind()) && b.id() == id)
                .findFirst()
                .map(GuidelineReport.Breach::failed)
                .orElse(Set.of());
        return Optional.of(new GoalPage(results, goal, committee, plan, lines, elements, failed));
    }

    /** The goal's text as the plan gives it, else the stored name. */
    String text() {
        return plan != null ? plan.text() : goal.name();
    }
}
