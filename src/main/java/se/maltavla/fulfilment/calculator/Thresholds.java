package se.maltavla.fulfilment.calculator;

import java.math.BigDecimal;

/** The municipality's two thresholds, in percent (fulfilment.md §3): defaults 100 and 50. */
public record Thresholds(BigDecimal upper, BigDecimal lower) {

    public static final Thresholds DEFAULT = new Thresholds(new BigDecimal("100"), new BigDecimal("50"));
}
