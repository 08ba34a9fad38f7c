package se.maltavla.fulfilment;

import java.util.Set;

/**
 * Published after stored results were recomputed (after an import, a threshold change, at night
 * or on demand), so that open views can refresh what they show.
 *
 * @param municipalities the municipalities whose results changed
 * @param report what the recompute did
 */
public record ResultsRecomputed(Set<String> municipalities, RecomputeReport report) {

    public ResultsRecomputed {
        municipalities = Set.copyOf(municipalities);
    }
}
