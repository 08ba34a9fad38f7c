package se.maltavla.yearend.content;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.maltavla.fulfilment.GuidelineReport;
import se.maltavla.fulfilment.Level;
import se.maltavla.fulfilment.ResultRow;

/** One part per nämnd, in the results' order. */
final class Committees {

    private Committees() {}

    static List<CommitteePart> parts(SnapshotIndex index, Narratives narratives) {
        GuidelineReport guidelines = index.snapshot.guidelines();
        Map<Long, GuidelineReport.Group> groups = guidelines == null
                ? Map.of()
                : guidelines.committees().stream()
                        .collect(Collectors.toMap(GuidelineReport.Group::id, Function.identity(), (a, b) -> a));
        List<GuidelineReport.Breach> breaches = guidelines == null ? List.of() : guidelines.breaches();
        return index.rows(Level.NAMND).stream()
                .map(committee -> {
                    List<ResultRow> goals = index.goalsOf(committee);
                    GuidelineReport.Group group = groups.get(committee.subjectId());
                    return new CommitteePart(
                            committee,
                            group == null ? null : group.shares(),
                            breaches.stream()
                                    .filter(b -> Objects.equals(b.committee(), committee.name()))
                                    .toList(),
                            goals.stream().map(index::goalLine).toList(),
                            narratives.aboutGoals(goals));
                })
                .toList();
    }
}
