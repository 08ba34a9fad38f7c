package se.maltavla.yearend.content;

import java.util.List;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.strategy.StrategyElement;

/**
 * One priority area (pillar, for a strategy without priority areas): its figure, the goals that
 * contribute to it (docs/fulfilment.md §4.4), the elements it serves with their figures, and the
 * qualitative texts about it.
 */
public record AreaPart(
        StrategyElement element,
        ResultRow row,
        List<GoalLine> goals,
        List<LinkedFigure> links,
        List<NarrativeLine> texts) {

    public AreaPart {
        goals = List.copyOf(goals);
        links = List.copyOf(links);
        texts = List.copyOf(texts);
    }
}
