package se.maltavla.shared;

import java.math.BigDecimal;

/** Decimal numbers as read from the database, for showing and serving. */
public final class Decimals {

    private Decimals() {}

    /**
     * The number without the trailing zeros of its column's scale (1.500000000000 → 1.5), and never
     * with a negative scale (1.7E+6 stays 1700000); null stays null.
     */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
