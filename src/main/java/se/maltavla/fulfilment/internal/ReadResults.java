package se.maltavla.fulfilment.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import se.maltavla.fulfilment.PlanYearResults;

/**
 * The stored sets read last, kept while their {@code result_set} row is unchanged. Every write
 * of a set's rows updates that row in the same transaction (at least {@code computed_at}), so an
 * unchanged row means unchanged rows: the dashboard and the API read a set's hundreds of rows
 * once per change instead of once per request (docs/performance.md, "Dashboard and API speed").
 */
final class ReadResults {

    /** Sets kept at most (a national installation has 290 municipalities); then all are forgotten at once. */
    static final int CAPACITY = 600;

    private record Entry(List<Object> setRow, PlanYearResults results) {}

    private final ConcurrentHashMap<Long, Entry> entries = new ConcurrentHashMap<>();

    /** The results read before for this set, if its row is still the same. */
    Optional<PlanYearResults> get(long setId, List<Object> setRow) {
        Entry entry = entries.get(setId);
        return entry != null && entry.setRow().equals(setRow) ? Optional.of(entry.results()) : Optional.empty();
    }

    void put(long setId, List<Object> setRow, PlanYearResults results) {
        if (entries.size() >= CAPACITY) {
            entries.clear();
        }
        entries.put(setId, new Entry(List.copyOf(setRow), results));
    }
}
