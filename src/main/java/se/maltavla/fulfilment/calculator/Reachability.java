package se.maltavla.fulfilment.calculator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The elements reachable from a goal's links by following elements' own links, cycles ignored. */
public final class Reachability {

    private Reachability() {}

    public static Set<Long> reachable(Set<Long> start, Map<Long, Set<Long>> links) {
        Set<Long> seen = new HashSet<>(start);
        Deque<Long> queue = new ArrayDeque<>(start);
        while (!queue.isEmpty()) {
            for (Long next : links.getOrDefault(queue.poll(), Set.of())) {
                if (seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return seen;
    }
}
