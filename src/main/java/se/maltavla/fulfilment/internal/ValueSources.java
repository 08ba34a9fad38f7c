package se.maltavla.fulfilment.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.maltavla.fulfilment.IndicatorFigures;
import se.maltavla.fulfilment.calculator.ValueInput;

/**
 * Where each measured value of a plan year came from (lineage): the import file and physical line
 * of every value, kept per indicator in the order of the indicator's values in the model. Two
 * numbers per value rather than a map entry per value: a full recompute reads a million values,
 * and only the one each indicator's figure uses is ever looked up.
 */
final class ValueSources {

    private static final long NONE = -1;

    private final Map<Long, long[]> byIndicator = new HashMap<>();

    /** Adds the source of the indicator's next value (null: a value with no file, e.g. typed in). */
    void add(long indicatorId, int position, Long fileId, Long line) {
        long[] pairs = byIndicator.get(indicatorId);
        if (pairs == null || pairs.length < 2 * (position + 1)) {
            long[] grown = new long[Math.max(8, 2 * (position + 1) * 2)];
            java.util.Arrays.fill(grown, NONE);
            if (pairs != null) {
                System.arraycopy(pairs, 0, grown, 0, pairs.length);
            }
            pairs = grown;
            byIndicator.put(indicatorId, pairs);
        }
        pairs[2 * position] = fileId == null ? NONE : fileId;
        pairs[2 * position + 1] = line == null ? NONE : line;
    }

    /**
     * Where the value {@code used} of the indicator came from: found in the indicator's values
     * (as read, in the same order) by identity, or else by its period; null without a file.
     */
    IndicatorFigures.ValueSource of(long indicatorId, List<ValueInput> values, ValueInput used) {
        long[] pairs = byIndicator.get(indicatorId);
        if (pairs == null || used == null) {
            return null;
        }
        int position = values.indexOf(used); // records: equal by content; the same instance first
        if (position < 0 || 2 * position + 1 >= pairs.length || pairs[2 * position] == NONE) {
            return null;
        }
        long line = pairs[2 * position + 1];
        return new IndicatorFigures.ValueSource(pairs[2 * position], null, line == NONE ? 0 : line);
    }
}
