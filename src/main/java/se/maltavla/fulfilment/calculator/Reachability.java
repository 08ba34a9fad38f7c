package se.maltavla.fulfilment.calculator;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which strategy elements a goal contributes to: those reachable from its own links by following
 * the elements' directed links any number of steps (docs/fulfilment.md §4.4). Cycles are ignored.
 */
public final class Reachability {

    private final Map<Long, Set<Long>> elementLinks;

    /** @param elementLinks each element's own links (element id → element ids it links to) */
    public Reachability(Map<Long, Set<Long>> elementLinks) {
        this.elementLinks = Map.copyOf(elementLinks);
    }

    /** All elements reachable from the given ones, the given ones included; each once. */
    public Set<Long> from(Collection<Long> directElementIds) {
        Set<Long> reached = new LinkedHashSet<>();
        Deque<Long> pending = new ArrayDeque<>(directElementIds);
        while (!pending.isEmpty()) {
            Long element = pending.pop();
            if (reached.add(element)) {
                pending.addAll(elementLinks.getOrDefault(element, Set.of()));
            }
        }
        return reached;
    }

    /** As {@link #from(Collection)}, for one look-up. */
    public static Set<Long> reachable(Map<Long, Set<Long>> elementLinks, Collection<Long> directElementIds) {
        return new Reachability(elementLinks).from(directElementIds);
    }
}
