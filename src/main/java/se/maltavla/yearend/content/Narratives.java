package se.maltavla.yearend.content;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import se.maltavla.actionplan.Narrative;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.strategy.StrategyElement;

/**
 * The plan year's qualitative texts, each shown once: a text about an area under the area, one
 * about a goal under the goal's nämnd, every other one (perspectives, council goals, …) on its own.
 */
final class Narratives {

    private final SnapshotIndex index;
    private final Set<Long> shown = new HashSet<>();

    Narratives(SnapshotIndex index) {
        this.index = index;
    }

    /** The texts about an element. */
    List<NarrativeLine> about(StrategyElement element) {
        return take(index.snapshot.narratives().stream()
                .filter(n -> Objects.equals(n.elementId(), element.id()))
                .toList());
    }

    /** The texts about the goals of a nämnd, in the goals' order. */
    List<NarrativeLine> aboutGoals(List<ResultRow> goals) {
        return take(goals.stream()
                .flatMap(goal ->
                        index.snapshot.narratives().stream().filter(n -> Objects.equals(n.goalId(), goal.subjectId())))
                .toList());
    }

    /** The texts not shown yet: called last. */
    List<NarrativeLine> others() {
        return take(index.snapshot.narratives());
    }

    private List<NarrativeLine> take(List<Narrative> narratives) {
        return narratives.stream()
                .filter(n -> shown.add(n.id()))
                .map(this::line)
                .toList();
    }

    private NarrativeLine line(Narrative narrative) {
        String subject = narrative.code();
        StrategyElement element = index.elementById(narrative.elementId());
        ResultRow goal = narrative.goalId() == null ? null : index.goal(narrative.goalId());
        if (element != null) {
            subject = element.name();
        } else if (goal != null) {
            subject = goal.name();
        }
        return new NarrativeLine(narrative.code(), subject, narrative.committee(), narrative.text());
    }
}
