package se.maltavla.yearend.content;

import se.maltavla.fulfilment.ResultRow;
import se.maltavla.strategy.StrategyElement;

/**
 * A strategy element a priority area serves (a council goal, an overarching goal, an objective of
 * Europa 2020, the EU Baltic Sea strategy or the regional strategy), with its own figure.
 *
 * @param row its figure; null when the plan year's results do not hold it
 * @param direct whether the area names it itself, rather than through another element's links
 */
public record LinkedFigure(StrategyElement element, ResultRow row, boolean direct) {}
