package se.maltavla.fulfilment;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The municipality's two thresholds, in percent (docs/fulfilment.md §3).
 *
 * @param upper fulfilment at or above this is {@code uppfyllt} (default 100)
 * @param lower fulfilment at or above this (and below upper) is {@code delvis} (default 50)
 */
public record Thresholds(BigDecimal upper, BigDecimal lower) {

    public static final Thresholds DEFAULT = new Thresholds(new BigDecimal("100"), new BigDecimal("50"));

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Thresholds {
        Objects.requireNonNull(upper, "upper");
        Objects.requireNonNull(lower, "lower");
        if (lower.compareTo(upper) > 0) {
            throw new IllegalArgumentException("lower threshold " + lower + " is above upper " + upper);
        }
    }

    /**
     * The status of a fulfilment, compared unrounded: 0,4996 is 49,96 %, below a 50 % threshold
     * even though it shows as 50,0.
     *
     * @param fraction fulfilment as a fraction (0..1), not null
     */
    public Status classify(BigDecimal fraction) {
        if (reachesUpper(fraction)) {
            return Status.UPPFYLLT;
        }
        return fraction.multiply(HUNDRED).compareTo(lower) >= 0 ? Status.DELVIS : Status.EJ_UPPFYLLT;
    }

    /**
     * Whether a fraction reaches the upper threshold, compared unrounded: 100 · fraction ≥ upper.
     *
     * @param fraction a fraction (0..1), not null
     */
    public boolean reachesUpper(BigDecimal fraction) {
        return fraction.multiply(HUNDRED).compareTo(upper) >= 0;
    }
}
