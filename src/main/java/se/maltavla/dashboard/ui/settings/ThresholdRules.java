package se.maltavla.dashboard.ui.settings;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The checks on the two thresholds as typed (docs/fulfilment.md §3: 0 ≤ lower ≤ upper ≤ 100), each
 * problem as the message key to show under its field. The service checks the same again; this
 * is so that the user learns which field is wrong and why before anything is saved.
 */
final class ThresholdRules {

    /** At most what the database keeps (numeric(9, 4)): more would be rounded silently. */
    static final int MAX_DECIMALS = 4;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    enum Field {
        UPPER,
        LOWER
    }

    private ThresholdRules() {}

    /** Field → the key of what is wrong with it; empty when both may be saved. */
    static Map<Field, String> problems(BigDecimal upper, BigDecimal lower) {
        Map<Field, String> problems = new EnumMap<>(Field.class);
        check(upper).ifPresent(key -> problems.put(Field.UPPER, key));
        check(lower).ifPresent(key -> problems.put(Field.LOWER, key));
        if (problems.isEmpty() && lower.compareTo(upper) > 0) {
            problems.put(Field.LOWER, "settings.invalid.order");
        }
        return problems;
    }

    private static Optional<String> check(BigDecimal value) {
        if (value == null) {
            return Optional.of("settings.invalid.required");
        }
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            return Optional.of("settings.invalid.range");
        }
        if (value.stripTrailingZeros().scale() > MAX_DECIMALS) {
            return Optional.of("settings.invalid.decimals");
        }
        return Optional.empty();
    }
}
