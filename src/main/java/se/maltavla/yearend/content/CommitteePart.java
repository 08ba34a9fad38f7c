package se.maltavla.yearend.content;

import java.util.List;
import se.maltavla.fulfilment.GuidelineReport;
import se.maltavla.fulfilment.GuidelineShares;
import se.maltavla.fulfilment.ResultRow;

/**
 * One nämnd: its figure, its guideline and SMART check (docs/fulfilment.md §5.2), its goals and
 * activities that break a criterion, its goals, and its texts about its goals.
 *
 * @param shares null when the guideline check has no entry for it
 */
public record CommitteePart(
        ResultRow row,
        GuidelineShares shares,
        List<GuidelineReport.Breach> breaches,
        List<GoalLine> goals,
        List<NarrativeLine> texts) {

    public CommitteePart {
        breaches = List.copyOf(breaches);
        goals = List.copyOf(goals);
        texts = List.copyOf(texts);
    }
}
