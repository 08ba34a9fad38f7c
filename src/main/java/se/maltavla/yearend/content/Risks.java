package se.maltavla.yearend.content;

import java.util.List;
import se.maltavla.fulfilment.ForecastStatus;
import se.maltavla.fulfilment.Level;

/** The goals with an indicator whose trend forecast is at risk (docs/fulfilment.md §5.1). */
final class Risks {

    private Risks() {}

    static List<GoalAtRisk> of(SnapshotIndex index) {
        return index.rows(Level.MAL).stream()
                .map(index::goalLine)
                .map(goal -> new GoalAtRisk(
                        goal, goal.indicators().stream().filter(Risks::atRisk).toList()))
                .filter(risk -> !risk.atRisk().isEmpty())
                .toList();
    }

    private static boolean atRisk(IndicatorLine line) {
        return line.figures() != null
                && line.figures().forecast() != null
                && line.figures().forecast().status() == ForecastStatus.AT_RISK;
    }
}
