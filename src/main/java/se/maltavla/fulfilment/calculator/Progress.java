package se.maltavla.fulfilment.calculator;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * fulfilment.md §2, the table as code. Measurability depends on the plan only (type,
 * direction, baseline, target); progress needs a value.
 */
public final class Progress {

    static final MathContext MC = MathContext.DECIMAL128;

    private Progress() {}

    public static boolean measurable(IndicatorInput i) {
        if (i.yesNo()) {
            return true;
        }
        BigDecimal b = i.baseline();
        BigDecimal t = i.target();
        if (t == null) {
            return false;
        }
        if (i.direction() == Direction.MINSKA) {
            return b != null && t.compareTo(b) <= 0;
        }
        return b == null ? t.signum() > 0 : t.compareTo(b) >= 0;
    }

    /** The raw progress p for a measurable indicator and its value. */
    public static BigDecimal raw(IndicatorInput i, ValueInput value) {
        if (i.yesNo()) {
            return Boolean.TRUE.equals(value.yes()) ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        BigDecimal v = value.number();
        BigDecimal t = i.target();
        BigDecimal b = i.baseline() == null ? BigDecimal.ZERO : i.baseline();
        if (t.compareTo(b) == 0) {
            boolean met = i.direction() == Direction.MINSKA ? v.compareTo(t) <= 0 : v.compareTo(t) >= 0;
            return met ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        return i.direction() == Direction.MINSKA
                ? b.subtract(v).divide(b.subtract(t), MC)
                : v.subtract(b).divide(t.subtract(b), MC);
    }

    /** c = min(1, max(0, p)). */
    public static BigDecimal clamp(BigDecimal p) {
        return p.max(BigDecimal.ZERO).min(BigDecimal.ONE);
    }
}
