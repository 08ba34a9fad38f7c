package se.maltavla.fulfilment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Percentages for display and export: one decimal, half-up, decimal comma. The only place where
 * the calculator rounds; statuses are decided on the unrounded value before this.
 */
public final class Percents {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percents() {}

    /** A fraction (0,4996) as a percent with one decimal (50.0), half-up; null stays null. */
    public static BigDecimal percent(BigDecimal fraction) {
        return fraction == null ? null : round(fraction.multiply(HUNDRED));
    }

    /** A fraction (0,5) as the text shown and exported ("50,0"); empty for null. */
    public static String format(BigDecimal fraction) {
        return text(percent(fraction));
    }

    /**
     * 100 · part / whole in percent, unrounded (DECIMAL128): a coverage, a guideline share. Null
     * when {@code whole} is 0: nothing to count is no share, not 0 %.
     */
    public static BigDecimal ofCount(int part, int whole) {
        return whole == 0
                ? null
                : HUNDRED.multiply(BigDecimal.valueOf(part)).divide(BigDecimal.valueOf(whole), MathContext.DECIMAL128);
    }

    /** A value already in percent (a coverage) rounded to one decimal, half-up; null stays null. */
    public static BigDecimal round(BigDecimal percent) {
        return percent == null ? null : percent.setScale(1, RoundingMode.HALF_UP);
    }

    /** A value already in percent (a coverage) as text ("66,7"); empty for null. */
    public static String formatPercent(BigDecimal percent) {
        return text(round(percent));
    }

    private static String text(BigDecimal rounded) {
        return rounded == null ? "" : rounded.toPlainString().replace('.', ',');
    }
}
