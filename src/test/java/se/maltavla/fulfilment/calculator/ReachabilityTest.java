package se.maltavla.fulfilment.calculator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReachabilityTest {

    @Test
    void the_directly_linked_elements_are_reached() {
        assertThat(Reachability.reachable(Map.of(), List.of(1L, 2L))).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void elements_are_reached_through_two_steps() {
        // Hållbara städer (1) → Klart vatten i havet (2) → Rädda havet (3)
        Map<Long, Set<Long>> links = Map.of(1L, Set.of(2L, 4L), 2L, Set.of(3L));

        assertThat(Reachability.reachable(links, List.of(1L))).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
    }

    @Test
    void links_are_directed() {
        Map<Long, Set<Long>> links = Map.of(1L, Set.of(2L));

        assertThat(Reachability.reachable(links, List.of(2L))).containsExactly(2L);
    }

    @Test
    void a_cycle_is_followed_once() {
        Map<Long, Set<Long>> links = Map.of(1L, Set.of(2L), 2L, Set.of(3L), 3L, Set.of(1L, 4L));

        assertThat(Reachability.reachable(links, List.of(2L))).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
    }

    @Test
    void an_element_reached_by_two_paths_is_reached_once() {
        Map<Long, Set<Long>> links = Map.of(1L, Set.of(3L), 2L, Set.of(3L));

        assertThat(Reachability.reachable(links, List.of(1L, 2L))).hasSize(3).containsExactlyInAnyOrder(1L, 2L, 3L);
    }

    @Test
    void no_links_reach_nothing() {
        assertThat(new Reachability(Map.of(1L, Set.of(2L))).from(List.of())).isEmpty();
    }
}
