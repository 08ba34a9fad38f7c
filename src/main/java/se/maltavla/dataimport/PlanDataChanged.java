package se.maltavla.dataimport;

import java.util.Set;

/**
 * Published in the transaction that stores an imported change to what goal fulfilment is
 * computed from (a strategy, a plan, a measured value), so that a listener can note it in the
 * same transaction: a crash can then never leave a change without its note.
 *
 * @param changes the municipalities and plan years whose figures may have changed
 */
public record PlanDataChanged(Set<Change> changes) {

    public PlanDataChanged {
        changes = Set.copyOf(changes);
    }

    /**
     * @param municipality the municipality code
     * @param planYear the plan year, or null for every plan year of the municipality (its strategy changed)
     */
    public record Change(String municipality, Integer planYear) {}
}
