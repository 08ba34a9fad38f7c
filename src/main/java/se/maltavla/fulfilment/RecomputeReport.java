package se.maltavla.fulfilment;

import java.time.Duration;

/**
 * What a recompute did.
 *
 * @param planYears the municipalities' plan years recomputed
 * @param rows the result rows written
 * @param took how long it took
 */
public record RecomputeReport(int planYears, long rows, Duration took) {}
