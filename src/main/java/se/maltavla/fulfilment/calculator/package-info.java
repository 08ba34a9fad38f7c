/**
 * The goal fulfilment calculator (docs/fulfilment.md §1–§4) as plain Java: the
 * rules' tables as code, over an in-memory model of one plan year. No Spring, no SQL. §5's
 * trend forecast ({@link se.maltavla.fulfilment.calculator.TrendForecast}) and guideline check
 * ({@link se.maltavla.fulfilment.calculator.GuidelineCheck}) are here too.
 *
 * <p>All arithmetic is {@link java.math.BigDecimal}; every division uses {@link
 * java.math.MathContext#DECIMAL128} and thresholds are compared on the unrounded value. Rounding
 * to one decimal happens only in {@link se.maltavla.fulfilment.Percents}.
 */
package se.maltavla.fulfilment.calculator;
