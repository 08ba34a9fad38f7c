package se.maltavla.fulfilment.calculator;

import static org.assertj.core.api.Assertions.assertThat;
import static se.maltavla.fulfilment.calculator.Direction.MINSKA;
import static se.maltavla.fulfilment.calculator.Direction.OKA;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.maltavla.fulfilment.Percents;
import se.maltavla.fulfilment.Status;
import se.maltavla.fulfilment.Thresholds;

/** docs/fulfilment.md §4, case by case on small made-up plans. */
class RollUpSpecTest {

    private static final LocalDate YEAR_END = LocalDate.of(2017, 12, 31);

    @Test
    void a_goal_is_the_weighted_mean_of_its_indicators() {
        PlanYearBuilder plan = new PlanYearBuilder(2017)
                .goal("KS", "G")
                .number("G", "G.1", OKA, "0", "10", "2", v("10"))
                .number("G", "G.2", OKA, "0", "10", "1", v("4"));

        Result goal = rollUp(plan).goals().get(plan.goalId("G"));

        // (2·1 + 1·0,4) / 3 = 0,8
        assertThat(goal.fulfilment()).isEqualByComparingTo("0.8");
        assertThat(goal.status()).isEqualTo(Status.DELVIS);
    }

    @Test
    void a_goal_leaves_indicators_without_value_out_of_its_mean_but_counts_them() {
        PlanYearBuilder plan = new PlanYearBuilder(2017)
                .goal("VON", "G")
                .yesNo("G", "G.1", null, ValueInput.yes("2017-T2", true))
                .number("G", "G.2", OKA, "0", "25", "5")
                .number("G", "G.3", MINSKA, null, "3", null, v("1"));

        Result goal = rollUp(plan).goals().get(plan.goalId("G"));

        assertThat(goal.fulfilment()).isEqualByComparingTo("1");
        assertThat(goal.status()).isEqualTo(Status.UPPFYLLT);
        assertThat(goal.indicators()).isEqualTo(2);
        assertThat(goal.indicatorsWithValue()).isEqualTo(1);
        assertThat(goal.coverage()).isEqualByComparingTo("50");
    }

    @Test
    void a_goal_with_measurable_indicators_but_no_value_is_saknas() {
        PlanYearBuilder plan = new PlanYearBuilder(2017).goal("SN", "G").number("G", "G.1", OKA, "2", "8", null);

        Result goal = rollUp(plan).goals().get(plan.goalId("G"));

        assertThat(goal).isEqualTo(new Result(null, Status.SAKNAS, 1, 0, new BigDecimal("0")));
    }

    @Test
    void a_goal_without_measurable_indicator_is_ej_matbar_even_with_values() {
        PlanYearBuilder plan =
                new PlanYearBuilder(2017).goal("MBN", "G").number("G", "G.1", MINSKA, null, "150", null, v("158"));

        Result goal = rollUp(plan).goals().get(plan.goalId("G"));

        assertThat(goal).isEqualTo(new Result(null, Status.EJ_MATBAR, 0, 0, null));
    }

    @Test
    void a_goal_without_indicators_is_ej_matbar() {
        PlanYearBuilder plan = new PlanYearBuilder(2017).goal("KS", "G");

        assertThat(rollUp(plan).goals().get(plan.goalId("G")).status()).isEqualTo(Status.EJ_MATBAR);
    }

    @Test
    void a_committee_is_the_plain_mean_of_its_goals_each_counted_once() {
        PlanYearBuilder plan = new PlanYearBuilder(2017)
                .goal("KS", "A")
                .number("A", "A.1", OKA, "0", "1", null, v("1"))
                .number("A", "A.2", OKA, "0", "1", null, v("1"))
                .number("A", "A.3", OKA, "0", "1", null, v("1"))
                .goal("KS", "B")
                .number("B", "B.1", OKA, "0", "1", null, v("0"))
                .goal("KS", "C")
                .number("C", "C.1", OKA, "0", "1", null)
                .goal("KS", "D")
                .number("D", "D.1", MINSKA, null, "1", null, v("0"));

        Result committee = rollUp(plan).committees().get(plan.committeeId("KS"));

        // (1 + 0) / 2, not 3 of 4 indicators; C (saknas) and D (ej_matbar) have no fulfilment
        assertThat(committee.fulfilment()).isEqualByComparingTo("0.5");
        assertThat(committee.status()).isEqualTo(Status.DELVIS);
        assertThat(committee.indicators()).isEqualTo(5);
        assertThat(committee.indicatorsWithValue()).isEqualTo(4);
        assertThat(Percents.formatPercent(committee.coverage())).isEqualTo("80,0");
    }

    @Test
    void a_committee_whose_goals_have_no_values_is_saknas_and_without_measurable_indicators_ej_matbar() {
        PlanYearBuilder plan = new PlanYearBuilder(2017)
                .goal("SN", "A")
                .number("A", "A.1", OKA, "2", "8", null)
                .goal("MBN", "B")
                .number("B", "B.1", MINSKA, null, "150", null, v("158"));

        RollUpResult result = rollUp(plan);

        assertThat(result.committees().get(plan.committeeId("SN")).status()).isEqualTo(Status.SAKNAS);
        assertThat(result.committees().get(plan.committeeId("MBN")))
                .isEqualTo(new Result(null, Status.EJ_MATBAR, 0, 0, null));
    }

    @Test
    void an_element_counts_goals_reaching_it_through_two_steps() {
        // goal → Hållbara städer → Klart vatten i havet → Rädda havet
        PlanYearBuilder plan = new PlanYearBuilder(2017)
                .element("HS", "VATTEN")
                .element("VATTEN", "HAVET")
                .element("HAVET")
                .goal("MT", "G", "HS")
                .number("G", "G.1", OKA, "0", "10", null, v("6"));

        RollUpResult result = rollUp(plan);

        for (String element : new String[] {"HS", "VATTEN", "HAVET"}) {
            assertThat(result.elements().get(plan.elementId(element)).fulfilment())
                    .isEqualByComparingTo("0.6");
        }
    }

    @Test
    void a_goal_reaching_an_element_by_two_paths_counts_once() {
        PlanYearBuilder plan = new PlanYearBuilder(2017)
                .element("A", "C")
                .element("B", "C")
                .element("C")
                .goal("KS", "TWICE", "A", "B", "C")
                .number("TWICE", "TWICE.1", OKA, "0", "1", null, v("1"))
                .goal("KS", "ONCE", "C")
                .number("ONCE", "ONCE.1", OKA, "0", "1", null, v("0"));

        Result c = rollUp(plan).elements().get(plan.elementId("C"));

        assertThat(c.fulfilment()).isEqualByComparingTo("0.5");
        assertThat(c.indicators()).isEqualTo(2);
        assertThat(c.indicatorsWithValue()).isEqualTo(2);
    }

    @Test
    void links_in_a_cycle_are_followed_once() {
        PlanYearBuilder plan = new PlanYearBuilder(2017)
                .element("A", "B")
                .element("B", "C")
                .element("C", "A")
                .goal("KS", "G", "B")
                .number("G", "G.1", OKA, "0", "4", null, v("3"));

        RollUpResult result = rollUp(plan);

        assertThat(result.elements().values()).hasSize(3).allSatisfy(r -> {
            assertThat(r.fulfilment()).isEqualByComparingTo("0.75");
            assertThat(r.indicators()).isEqualTo(1);
        });
    }

    @Test
    void a_perspective_code_on_an_indicator_makes_its_goal_contribute_to_that_perspective() {
        // VON-17-2.1 carries PER-FOLK; the goal itself links only PO-AA
        PlanYearBuilder plan = new PlanYearBuilder(2017)
                .element("PO-AA")
                .element("PER-FOLK")
                .element("PER-JAM")
                .goal("VON", "G", "PO-AA")
                .yesNo("G", "G.1", null, ValueInput.yes("2017-T2", true))
                .number("G", "G.2", OKA, "0", "25", null)
                .perspectives("G.1", "PER-FOLK");

        RollUpResult result = rollUp(plan);

        Result folk = result.elements().get(plan.elementId("PER-FOLK"));
        assertThat(folk.fulfilment()).isEqualByComparingTo("1");
        assertThat(folk.status()).isEqualTo(Status.UPPFYLLT);
        assertThat(folk.indicators()).isEqualTo(2);
        assertThat(folk.indicatorsWithValue()).isEqualTo(1);
        assertThat(result.elements().get(plan.elementId("PER-JAM")).status()).isEqualTo(Status.EJ_MATBAR);
    }

    @Test
    void an_element_no_goal_contributes_to_is_ej_matbar_with_no_counts() {
        PlanYearBuilder plan = new PlanYearBuilder(2017)
                .element("LONELY")
                .element("USED")
                .goal("KS", "G", "USED")
                .number("G", "G.1", OKA, "0", "1", null, v("1"));

        Result lonely = rollUp(plan).elements().get(plan.elementId("LONELY"));

        assertThat(lonely).isEqualTo(new Result(null, Status.EJ_MATBAR, 0, 0, null));
    }

    @Test
    void an_element_whose_goals_have_no_value_is_saknas() {
        PlanYearBuilder plan = new PlanYearBuilder(2017)
                .element("PO-MU")
                .goal("SN", "G", "PO-MU")
                .number("G", "G.1", OKA, "2", "8", null);

        assertThat(rollUp(plan).elements().get(plan.elementId("PO-MU")).status())
                .isEqualTo(Status.SAKNAS);
    }

    @Test
    void the_municipality_is_the_plain_mean_of_all_goals_with_a_fulfilment_and_sums_their_counts() {
        PlanYearBuilder plan = new PlanYearBuilder(2017)
                .goal("KS", "A")
                .number("A", "A.1", OKA, "0", "1", null, v("1"))
                .number("A", "A.2", OKA, "0", "1", null, v("1"))
                .goal("UN", "B")
                .number("B", "B.1", OKA, "0", "10", null, v("2"))
                .goal("SN", "C")
                .number("C", "C.1", OKA, "0", "1", null)
                .goal("MBN", "D")
                .number("D", "D.1", MINSKA, null, "1", null, v("0"));

        Result municipality = rollUp(plan).municipality();

        // (1 + 0,2) / 2
        assertThat(municipality.fulfilment()).isEqualByComparingTo("0.6");
        assertThat(municipality.status()).isEqualTo(Status.DELVIS);
        assertThat(municipality.indicators()).isEqualTo(4);
        assertThat(municipality.indicatorsWithValue()).isEqualTo(3);
        assertThat(municipality.coverage()).isEqualByComparingTo("75");
    }

    @Test
    void a_municipality_without_goals_is_ej_matbar() {
        assertThat(rollUp(new PlanYearBuilder(2017)).municipality())
                .isEqualTo(new Result(null, Status.EJ_MATBAR, 0, 0, null));
    }

    @Test
    void the_evaluation_date_and_thresholds_reach_every_level() {
        PlanYearBuilder plan = new PlanYearBuilder(2017)
                .element("E")
                .goal("KS", "G", "E")
                .number(
                        "G",
                        "G.1",
                        OKA,
                        "0",
                        "10",
                        null,
                        ValueInput.number("2017-T1", "4"),
                        ValueInput.number("2017-T2", "9"));
        Thresholds ninetyForty = new Thresholds(new BigDecimal("90"), new BigDecimal("40"));

        RollUpResult april = RollUp.compute(plan.build(), LocalDate.of(2017, 5, 15), ninetyForty);
        RollUpResult december = RollUp.compute(plan.build(), YEAR_END, ninetyForty);

        assertThat(april.indicators().get(plan.indicatorId("G.1")).value().period())
                .isEqualTo("2017-T1");
        assertThat(april.municipality().status()).isEqualTo(Status.DELVIS);
        assertThat(april.elements().get(plan.elementId("E")).fulfilment()).isEqualByComparingTo("0.4");
        assertThat(december.goals().get(plan.goalId("G")).status()).isEqualTo(Status.UPPFYLLT);
        assertThat(december.committees().get(plan.committeeId("KS")).status()).isEqualTo(Status.UPPFYLLT);
    }

    private static ValueInput v(String number) {
        return ValueInput.number("2017-T3", number);
    }

    private static RollUpResult rollUp(PlanYearBuilder plan) {
        return RollUp.compute(plan.build(), YEAR_END);
    }
}
