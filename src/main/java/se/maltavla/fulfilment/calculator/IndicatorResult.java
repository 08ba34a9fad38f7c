package se.maltavla.fulfilment.calculator;

import java.math.BigDecimal;

/**
 * An indicator's figure, with the raw progress p shown beside the clamped one (over-achievement
 * or a value moving the wrong way is information) and the value that was used.
 */
public record IndicatorResult(Result result, BigDecimal rawProgress, ValueInput valueUsed) {}
