package se.maltavla.fulfilment.calculator;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Progress of one indicator (docs/fulfilment.md §2).
 *
 * @param raw {@code p}, shown beside the indicator (over-achievement above 1, the wrong way below
 *     0); null when not measurable or without a value
 * @param clamped {@code c} = min(1, max(0, p)), what rolls up; null when {@code raw} is
 * @param measurable false for the table's "anything else" row ({@code ej_matbar})
 */
public record Progress(BigDecimal raw, BigDecimal clamped, boolean measurable) {

    private static final Progress NOT_MEASURABLE = new Progress(null, null, false);
    private static final Progress NO_VALUE = new Progress(null, null, true);

    /** Whether the indicator is measurable at all, whatever its values. */
    public static boolean isMeasurable(IndicatorInput indicator) {
        return indicator.yesNo() || formula(indicator) != Formula.NONE;
    }

    /**
     * The progress of an indicator at a value.
     *
     * @param value the value chosen by {@link ValueSelector}, or null when there is none
     */
    public static Progress of(IndicatorInput indicator, ValueInput value) {
        Formula formula = indicator.yesNo() ? Formula.YES : formula(indicator);
        if (formula == Formula.NONE) {
            return NOT_MEASURABLE;
        }
        if (value == null || !value.carriesValueFor(indicator.yesNo())) {
            return NO_VALUE;
        }
        BigDecimal p = formula.apply(indicator, value);
        return new Progress(p, clamp(p), true);
    }

    /** Whether there is a progress (measurable and with a value). */
    public boolean hasValue() {
        return raw != null;
    }

    static BigDecimal clamp(BigDecimal p) {
        if (p.signum() < 0) {
            return BigDecimal.ZERO;
        }
        return p.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE : p;
    }

    /** The rows of the section 2 table for {@code tal}; compares with compareTo, so 1,0 = 1,00. */
    private static Formula formula(IndicatorInput indicator) {
        BigDecimal b = indicator.baseline();
        BigDecimal t = indicator.target();
        if (t == null) {
            return Formula.NONE;
        }
        if (indicator.direction() == Direction.MINSKA) {
            if (b == null) {
                return Formula.NONE;
            }
            int cmp = t.compareTo(b);
            return cmp < 0 ? Formula.DECREASE : cmp == 0 ? Formula.AT_MOST_TARGET : Formula.NONE;
        }
        if (b == null) {
            // baseline taken as 0; "t = b" does not apply to a missing baseline, so t = 0 is not measurable
            return t.signum() > 0 ? Formula.INCREASE_FROM_ZERO : Formula.NONE;
        }
        int cmp = t.compareTo(b);
        return cmp > 0 ? Formula.INCREASE : cmp == 0 ? Formula.AT_LEAST_TARGET : Formula.NONE;
    }

    private enum Formula {
        YES {
            @Override
            BigDecimal apply(IndicatorInput i, ValueInput v) {
                return Boolean.TRUE.equals(v.yes()) ? BigDecimal.ONE : BigDecimal.ZERO;
            }
        },
        INCREASE {
            @Override
            BigDecimal apply(IndicatorInput i, ValueInput v) {
                return v.number()
                        .subtract(i.baseline())
                        .divide(i.target().subtract(i.baseline()), MathContext.DECIMAL128);
            }
        },
        INCREASE_FROM_ZERO {
            @Override
            BigDecimal apply(IndicatorInput i, ValueInput v) {
                return v.number().divide(i.target(), MathContext.DECIMAL128);
            }
        },
        AT_LEAST_TARGET {
            @Override
            BigDecimal apply(IndicatorInput i, ValueInput v) {
                return v.number().compareTo(i.target()) >= 0 ? BigDecimal.ONE : BigDecimal.ZERO;
            }
        },
        DECREASE {
            @Override
            BigDecimal apply(IndicatorInput i, ValueInput v) {
                return i.baseline()
                        .subtract(v.number())
                        .divide(i.baseline().subtract(i.target()), MathContext.DECIMAL128);
            }
        },
        AT_MOST_TARGET {
            @Override
            BigDecimal apply(IndicatorInput i, ValueInput v) {
                return v.number().compareTo(i.target()) <= 0 ? BigDecimal.ONE : BigDecimal.ZERO;
            }
        },
        NONE {
            @Override
            BigDecimal apply(IndicatorInput i, ValueInput v) {
                throw new IllegalStateException("not measurable");
            }
        };

        abstract BigDecimal apply(IndicatorInput indicator, ValueInput value);
    }
}
