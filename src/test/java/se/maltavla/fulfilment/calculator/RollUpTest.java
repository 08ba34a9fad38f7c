package se.maltavla.fulfilment.calculator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.maltavla.fulfilment.Status;
import se.maltavla.fulfilment.Thresholds;

/** docs/fulfilment.md §4: goal, nämnd, element (through links), municipality, counts and coverage. */
class RollUpTest {

    private static final LocalDate END = LocalDate.of(2017, 12, 31);

    private static IndicatorInput indicator(long id, String weight, String value) {
        List<ValueInput> values =
                value == null ? List.of() : List.of(new ValueInput("2017", END, 1, new BigDecimal(value), null));
        return new IndicatorInput(
                id, false, Direction.OKA, BigDecimal.ZERO, new BigDecimal("10"), new BigDecimal(weight), values);
    }

    // Elements: 100 priority area → 200 council goal → 300 external sub-objective → 400 objective → 100 (cycle)
    private static final Map<Long, Set<Long>> ELEMENT_LINKS =
            Map.of(100L, Set.of(200L, 300L), 300L, Set.of(400L), 400L, Set.of(100L));

    private static RollUpResult compute() {
        List<IndicatorInput> indicators = List.of(
                indicator(1, "2", "10"),
                indicator(2, "1", "8"), // goal 10: (2·1 + 1·0,8)/3
                indicator(3, "1", "4"), // goal 20: 0,4
                indicator(4, "1", null)); // goal 30: saknas
        Map<Long, Long> indicatorGoal = Map.of(1L, 10L, 2L, 10L, 3L, 20L, 4L, 30L);
        Map<Long, Long> goalCommittee = Map.of(10L, 1000L, 20L, 1000L, 30L, 2000L);
        Map<Long, Set<Long>> goalLinks = Map.of(10L, Set.of(100L, 300L), 20L, Set.of(300L));
        Map<Long, Set<Long>> perspectives = Map.of(4L, Set.of(500L), 3L, Set.of(500L));
        PlanYearModel model = new PlanYearModel(
                2017,
                indicators,
                indicatorGoal,
                goalCommittee,
                goalLinks,
                perspectives,
                ELEMENT_LINKS,
                Set.of(100L, 200L, 300L, 400L, 500L, 600L));
        return RollUp.compute(model, END, Thresholds.DEFAULT);
    }

    @Test
    void a_goal_is_the_weighted_mean_of_its_indicators() {
        Result goal = compute().goals().get(10L);
        assertThat(goal.fulfilment())
                .isEqualByComparingTo(
                        new BigDecimal("2.8").divide(new BigDecimal("3"), java.math.MathContext.DECIMAL128));
        assertThat(goal.status()).isEqualTo(Status.DELVIS);
        assertThat(goal.indicators()).isEqualTo(2);
        assertThat(goal.coverage()).isEqualByComparingTo("100");
    }

    @Test
    void a_namnd_is_the_plain_mean_of_its_goals_each_counted_once() {
        Result committee = compute().committees().get(1000L);
        BigDecimal expected = new BigDecimal("2.8")
                .divide(new BigDecimal("3"), java.math.MathContext.DECIMAL128)
                .add(new BigDecimal("0.4"))
                .divide(new BigDecimal("2"), java.math.MathContext.DECIMAL128);
        assertThat(committee.fulfilment()).isEqualByComparingTo(expected);
        assertThat(committee.indicators()).isEqualTo(3);
        assertThat(compute().committees().get(2000L).status()).isEqualTo(Status.SAKNAS);
    }

    @Test
    void elements_count_goals_reaching_them_through_links_once_whatever_the_paths_and_cycles() {
        RollUpResult r = compute();
        // 400 is reached by goal 10 (via 100→300→400 and via 300→400) and goal 20 (via 300→400)
        assertThat(r.elements().get(400L).indicators()).isEqualTo(3);
        assertThat(r.elements().get(400L).fulfilment())
                .isEqualByComparingTo(r.committees().get(1000L).fulfilment());
        // 200 hangs under 100: goal 10 links to 100; goal 20 reaches it round the cycle 300→400→100→200
        assertThat(r.elements().get(200L).fulfilment())
                .isEqualByComparingTo(r.committees().get(1000L).fulfilment());
        assertThat(r.elements().get(200L).indicators()).isEqualTo(3);
        assertThat(r.elements().get(600L).status()).as("no goal contributes").isEqualTo(Status.EJ_MATBAR);
    }

    @Test
    void a_perspective_on_an_indicator_makes_its_goal_contribute() {
        Result perspective = compute().elements().get(500L);
        assertThat(perspective.indicators()).isEqualTo(2); // goals 20 (1 indicator) and 30 (1)
        assertThat(perspective.indicatorsWithValue()).isEqualTo(1);
        assertThat(perspective.fulfilment()).isEqualByComparingTo("0.4");
        assertThat(perspective.coverage()).isEqualByComparingTo("50");
    }

    @Test
    void the_municipality_is_the_plain_mean_of_all_goals_with_a_fulfilment() {
        Result municipality = compute().municipality();
        assertThat(municipality.fulfilment())
                .isEqualByComparingTo(compute().committees().get(1000L).fulfilment());
        assertThat(municipality.indicators()).isEqualTo(4);
        assertThat(municipality.indicatorsWithValue()).isEqualTo(3);
        assertThat(municipality.coverage()).isEqualByComparingTo("75");
    }
}
