package se.maltavla.yearend.content;

import java.util.List;
import se.maltavla.fulfilment.ResultRow;

/** A goal with its figure and status, its nämnd and its indicators. */
public record GoalLine(ResultRow row, String committee, List<IndicatorLine> indicators) {

    public GoalLine {
        indicators = List.copyOf(indicators);
    }
}
