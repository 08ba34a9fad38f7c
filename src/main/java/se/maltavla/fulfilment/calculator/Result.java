package se.maltavla.fulfilment.calculator;

import java.math.BigDecimal;

/**
 * A figure of fulfilment.md §4 for an indicator or an aggregate.
 *
 * @param fulfilment a fraction (1 = 100 %), unrounded; null when there is none
 * @param indicators measurable indicators below it
 * @param indicatorsWithValue those of them with a value
 * @param coverage percent, unrounded; null when there is no measurable indicator
 */
public record Result(BigDecimal fulfilment, Status status, int indicators, int indicatorsWithValue, BigDecimal coverage) {}
