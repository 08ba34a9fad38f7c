package se.maltavla.yearend;

import java.math.BigDecimal;
import java.util.List;
import se.maltavla.fulfilment.Level;
import se.maltavla.fulfilment.Status;

/**
 * What changed between two locked versions of a plan year: the municipality, strategy elements
 * (priority areas, …), nämnder and goals whose figure or status changed, from what to what.
 */
public record VersionDifference(int from, int to, List<Change> changes) {

    public VersionDifference {
        changes = List.copyOf(changes);
    }

    /**
     * One subject whose figure or status differs; a subject only in one version has null on the other side.
     *
     * @param fromPercent the fulfilment in percent, one decimal, as shown; null without one
     */
    public record Change(
            Level level,
            String code,
            String name,
            BigDecimal fromPercent,
            Status fromStatus,
            BigDecimal toPercent,
            Status toStatus) {}
}
