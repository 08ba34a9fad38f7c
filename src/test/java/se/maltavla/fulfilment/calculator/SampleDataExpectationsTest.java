package se.maltavla.fulfilment.calculator;

import static org.assertj.core.api.Assertions.assertThat;
import static se.maltavla.fulfilment.calculator.Direction.MINSKA;
import static se.maltavla.fulfilment.calculator.Direction.OKA;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.maltavla.fulfilment.Percents;
import se.maltavla.fulfilment.Status;

/**
 * The hand-computed "expected results" of sample-data/README.md, with the inputs of
 * sample-data/ronneby (plan year 2017) written out by hand: the calculator alone, no import.
 */
class SampleDataExpectationsTest {

    private static final LocalDate END_2017 = LocalDate.of(2017, 12, 31);

    private final PlanYearBuilder ronneby = ronneby2017();
    private final RollUpResult result = RollUp.compute(ronneby.build(), END_2017);

    @Test
    void ronneby_2017_goals() {
        assertGoal("UN-17-2", "100,0", Status.UPPFYLLT);
        assertGoal("SN-17-1", "100,0", Status.UPPFYLLT);
        assertGoal("KFN-17-1", "100,0", Status.UPPFYLLT);
        assertGoal("VON-17-2", "100,0", Status.UPPFYLLT);
        assertGoal("KS-17-1", "93,3", Status.DELVIS);
        assertGoal("KS-17-2", "91,7", Status.DELVIS);
        assertGoal("RH-1", "87,0", Status.DELVIS);
        assertGoal("MT-17-1", "80,0", Status.DELVIS);
        assertGoal("MBN-17-1", "70,0", Status.DELVIS);
        assertGoal("KFN-17-2", "50,0", Status.DELVIS);
        assertGoal("UN-17-1", "40,0", Status.EJ_UPPFYLLT);
        assertGoal("KS-17-3", "33,3", Status.EJ_UPPFYLLT);
        assertGoal("VON-17-1", "28,6", Status.EJ_UPPFYLLT);
        assertGoal("SN-17-2", "", Status.SAKNAS);
        assertGoal("MBN-17-2", "", Status.EJ_MATBAR);
    }

    @Test
    void ks_17_1_is_the_weighted_mean_two_point_eight_thirds() {
        Result goal = result.goals().get(ronneby.goalId("KS-17-1"));

        assertThat(goal.fulfilment().toPlainString()).isEqualTo("0.9333333333333333333333333333333333");
    }

    @Test
    void kfn_17_2_is_exactly_one_half() {
        assertThat(result.goals().get(ronneby.goalId("KFN-17-2")).fulfilment()).isEqualByComparingTo("0.5");
    }

    @Test
    void mbn_17_1_uses_the_t2_value_behind_a_blank_t3() {
        assertThat(result.indicators()
                        .get(ronneby.indicatorId("MBN-17-1.2"))
                        .value()
                        .period())
                .isEqualTo("2017-T2");
        assertThat(result.goals().get(ronneby.goalId("MBN-17-1")).fulfilment()).isEqualByComparingTo("0.7");
    }

    @Test
    void rh_1_uses_the_year_value_over_the_t3_value() {
        IndicatorResult rh11 = result.indicators().get(ronneby.indicatorId("RH-1.1"));

        assertThat(rh11.value().period()).isEqualTo("2017");
        assertThat(rh11.rawProgress()).isEqualByComparingTo("0.74");
    }

    @Test
    void sn_17_1_shows_over_achievement_raw_and_rolls_up_clamped() {
        IndicatorResult sn11 = result.indicators().get(ronneby.indicatorId("SN-17-1.1"));

        assertThat(Percents.format(sn11.rawProgress())).isEqualTo("111,1");
        assertThat(sn11.result().fulfilment()).isEqualByComparingTo("1");
    }

    @Test
    void von_17_2_has_half_coverage() {
        assertThat(Percents.formatPercent(
                        result.goals().get(ronneby.goalId("VON-17-2")).coverage()))
                .isEqualTo("50,0");
    }

    @Test
    void ronneby_2017_elements() {
        assertElement("PO-HS", "81,1", Status.DELVIS);
        assertElement("PO-AA", "64,3", Status.DELVIS);
        assertElement("PO-MK", "75,9", Status.DELVIS);
        assertElement("PO-UNG", "85,0", Status.DELVIS);
        assertElement("PO-MU", "100,0", Status.UPPFYLLT);
        assertElement("EUSBSR-HAVET", "81,1", Status.DELVIS);
        assertElement("PER-FOLK", "100,0", Status.UPPFYLLT);
        assertThat(result.elements().get(ronneby.elementId("PO-HS")).coverage()).isEqualByComparingTo("100");
        assertThat(result.elements().get(ronneby.elementId("PO-HS")).indicators())
                .isEqualTo(6);
    }

    @Test
    void ronneby_2017_committees() {
        assertCommittee("KS", "72,8");
        assertCommittee("UN", "70,0");
        assertCommittee("VON", "64,3");
        assertCommittee("SN", "100,0");
        assertCommittee("MBN", "70,0");
        assertCommittee("KFN", "75,0");
        assertCommittee("RH", "87,0");
        assertCommittee("MT", "80,0");
        Result sn = result.committees().get(ronneby.committeeId("SN"));
        assertThat(sn.indicators()).isEqualTo(3);
        assertThat(sn.indicatorsWithValue()).isEqualTo(2);
    }

    @Test
    void ronneby_2017_municipality() {
        Result municipality = result.municipality();

        assertThat(Percents.format(municipality.fulfilment())).isEqualTo("74,9");
        assertThat(municipality.status()).isEqualTo(Status.DELVIS);
        assertThat(municipality.indicators()).isEqualTo(25);
        assertThat(municipality.indicatorsWithValue()).isEqualTo(23);
        assertThat(Percents.formatPercent(municipality.coverage())).isEqualTo("92,0");
    }

    @Test
    void kungsbacka_2020_a_value_moving_the_wrong_way_counts_as_zero() {
        PlanYearBuilder plan = new PlanYearBuilder(2020)
                .goal("FG", "FG-1")
                .number("FG-1", "FG-1.1", OKA, "8", "14", null, ValueInput.number("2020", "11"))
                .number(
                        "FG-1",
                        "FG-1.2",
                        OKA,
                        "10",
                        "30",
                        null,
                        ValueInput.number("2020-H1", "12"),
                        ValueInput.number("2020", "4"))
                .goal("GV", "GV-1")
                .number("GV-1", "GV-1.1", OKA, "0", "1", "2", ValueInput.number("2020", "1"))
                .number("GV-1", "GV-1.2", OKA, "3.0", "5.0", null, ValueInput.number("2020", "1.5"));

        RollUpResult kungsbacka = RollUp.compute(plan.build(), LocalDate.of(2020, 12, 31));

        assertThat(Percents.format(kungsbacka.goals().get(plan.goalId("FG-1")).fulfilment()))
                .isEqualTo("25,0");
        assertThat(kungsbacka.goals().get(plan.goalId("FG-1")).status()).isEqualTo(Status.EJ_UPPFYLLT);
        assertThat(kungsbacka.indicators().get(plan.indicatorId("GV-1.2")).rawProgress())
                .isEqualByComparingTo("-0.75");
        assertThat(Percents.format(kungsbacka.goals().get(plan.goalId("GV-1")).fulfilment()))
                .isEqualTo("66,7");
        assertThat(kungsbacka.goals().get(plan.goalId("GV-1")).status()).isEqualTo(Status.DELVIS);
    }

    private void assertGoal(String code, String percent, Status status) {
        Result goal = result.goals().get(ronneby.goalId(code));
        assertThat(Percents.format(goal.fulfilment())).as(code).isEqualTo(percent);
        assertThat(goal.status()).as(code).isEqualTo(status);
    }

    private void assertElement(String code, String percent, Status status) {
        Result element = result.elements().get(ronneby.elementId(code));
        assertThat(Percents.format(element.fulfilment())).as(code).isEqualTo(percent);
        assertThat(element.status()).as(code).isEqualTo(status);
    }

    private void assertCommittee(String name, String percent) {
        assertThat(Percents.format(
                        result.committees().get(ronneby.committeeId(name)).fulfilment()))
                .as(name)
                .isEqualTo(percent);
    }

    private static ValueInput n(String period, String number) {
        return ValueInput.number(period, number);
    }

    private static ValueInput yes(String period) {
        return ValueInput.yes(period, true);
    }

    private static ValueInput no(String period) {
        return ValueInput.yes(period, false);
    }

    /** A template row left blank. */
    private static ValueInput blank(String period) {
        ValueInput any = ValueInput.number(period, "0");
        return new ValueInput(any.period(), any.periodEnd(), any.periodRank(), null, null);
    }

    private static PlanYearBuilder ronneby2017() {
        PlanYearBuilder plan = new PlanYearBuilder(2017);
        strategy(plan);
        plan.goal("KS", "KS-17-1", "PO-HS", "PO-MK", "OM1")
                .number(
                        "KS-17-1",
                        "KS-17-1.1",
                        OKA,
                        "3",
                        "6",
                        "2",
                        n("2017-T1", "5"),
                        n("2017-T2", "6"),
                        n("2017-T3", "6"))
                .number(
                        "KS-17-1",
                        "KS-17-1.2",
                        OKA,
                        "1250000",
                        "2500000",
                        "1",
                        n("2017-T1", "1800000"),
                        n("2017-T2", "2100000"),
                        n("2017-T3", "2250000"))
                .goal("KS", "KS-17-2", "OM2", "PO-MK")
                .number(
                        "KS-17-2",
                        "KS-17-2.1",
                        OKA,
                        null,
                        "12",
                        null,
                        n("2017-T1", "3"),
                        n("2017-T2", "7"),
                        n("2017-T3", "10"))
                .yesNo("KS-17-2", "KS-17-2.2", null, no("2017-T2"), yes("2017-T3"))
                .perspectives("KS-17-2.2", "PER-INT", "PER-JAM")
                .goal("KS", "KS-17-3", "OM2", "PO-MK")
                .number(
                        "KS-17-3",
                        "KS-17-3.1",
                        OKA,
                        "3",
                        "6",
                        null,
                        n("2017-T1", "1"),
                        n("2017-T2", "4"),
                        n("2017-T3", "5"))
                .perspectives("KS-17-3.1", "PER-INT")
                .yesNo("KS-17-3", "KS-17-3.2", null, no("2017-T2"), no("2017-T3"));
        plan.goal("KFN", "KFN-17-1", "PO-MK", "FM-KULTUR", "PO-UNG")
                .number(
                        "KFN-17-1",
                        "KFN-17-1.1",
                        OKA,
                        "2",
                        "5",
                        "1",
                        n("2017-T1", "1"),
                        n("2017-T2", "3"),
                        n("2017-T3", "5"))
                .number("KFN-17-1", "KFN-17-1.2", OKA, "10", "30", "0.5", n("2017-T2", "20"), n("2017-T3", "34"))
                .perspectives("KFN-17-1.2", "PER-JAM")
                .goal("KFN", "KFN-17-2", "PO-MK", "FM-KULTUR")
                .number(
                        "KFN-17-2",
                        "KFN-17-2.1",
                        OKA,
                        "1.1",
                        "1.3",
                        null,
                        n("2017-T1", "1.1"),
                        n("2017-T2", "1.15"),
                        n("2017-T3", "1.2"));
        plan.goal("MBN", "MBN-17-1", "PO-HS")
                .number(
                        "MBN-17-1",
                        "MBN-17-1.1",
                        OKA,
                        "1",
                        "4",
                        "1",
                        n("2017-T1", "1"),
                        n("2017-T2", "2"),
                        n("2017-T3", "4"))
                .number(
                        "MBN-17-1",
                        "MBN-17-1.2",
                        OKA,
                        "20",
                        "60",
                        "1.5",
                        n("2017-T1", "30"),
                        n("2017-T2", "40"),
                        blank("2017-T3"))
                .perspectives("MBN-17-1.2", "PER-MILJO")
                .goal("MBN", "MBN-17-2", "PO-HS", "FM-MILJO")
                .number("MBN-17-2", "MBN-17-2.1", MINSKA, null, "150", null, n("2017-T2", "161"), n("2017-T3", "158"))
                .perspectives("MBN-17-2.1", "PER-MILJO");
        plan.goal("MT", "MT-17-1", "PO-HS", "EUSBSR-VATTEN")
                .number("MT-17-1", "MT-17-1.1", MINSKA, "1450", "1250", null, n("2017", "1330"))
                .perspectives("MT-17-1.1", "PER-MILJO")
                .yesNo("MT-17-1", "MT-17-1.2", null, yes("2017-T1"));
        plan.goal("RH", "RH-1", "PO-MK", "FM-JOBB")
                .number(
                        "RH-1",
                        "RH-1.1",
                        OKA,
                        "12500",
                        "15000",
                        null,
                        n("2016-T3", "13250"),
                        n("2017-T1", "2300"),
                        n("2017-T2", "10400"),
                        n("2017-T3", "14100"),
                        n("2017", "14350"))
                .yesNo("RH-1", "RH-1.2", null, yes("2017-T1"));
        plan.goal("SN", "SN-17-1", "PO-MU", "PO-UNG", "FM-JOBB")
                .number(
                        "SN-17-1",
                        "SN-17-1.1",
                        MINSKA,
                        "14.2",
                        "11.5",
                        null,
                        n("2017-T1", "12.9"),
                        n("2017-T2", "12.3"),
                        n("2017-T3", "11.2"))
                .number(
                        "SN-17-1",
                        "SN-17-1.2",
                        OKA,
                        "41",
                        "80",
                        null,
                        n("2017-T1", "30"),
                        n("2017-T2", "55"),
                        n("2017-T3", "86"))
                .perspectives("SN-17-1.2", "PER-JAM", "PER-INT")
                .goal("SN", "SN-17-2", "PO-MU")
                .number(
                        "SN-17-2",
                        "SN-17-2.1",
                        OKA,
                        "2",
                        "8",
                        null,
                        blank("2017-T1"),
                        blank("2017-T2"),
                        blank("2017-T3"))
                .perspectives("SN-17-2.1", "PER-INT", "PER-JAM");
        plan.goal("UN", "UN-17-1", "OM4", "PO-UNG")
                .number(
                        "UN-17-1",
                        "UN-17-1.1",
                        OKA,
                        "4.5",
                        "7.5",
                        null,
                        n("2017-T1", "5.2"),
                        n("2017-T2", "5.5"),
                        n("2017-T3", "5.7"))
                .perspectives("UN-17-1.1", "PER-JAM")
                .number("UN-17-1", "UN-17-1.2", OKA, "3", "8", null, n("2017-T1", "4"), n("2017-T3", "5"))
                .goal("UN", "UN-17-2", "OM3", "PO-UNG", "FM-SKOLA")
                .number(
                        "UN-17-2",
                        "UN-17-2.1",
                        OKA,
                        "6",
                        "12",
                        null,
                        n("2017-T1", "7"),
                        n("2017-T2", "9"),
                        n("2017-T3", "12"))
                .yesNo("UN-17-2", "UN-17-2.2", null, no("2017-T2"), yes("2017-T3"));
        plan.goal("VON", "VON-17-1", "PO-AA", "OM3")
                .number(
                        "VON-17-1",
                        "VON-17-1.1",
                        OKA,
                        "5",
                        "12",
                        null,
                        n("2017-T1", "5"),
                        n("2017-T2", "6"),
                        n("2017-T3", "7"))
                .goal("VON", "VON-17-2", "PO-AA", "FM-OMSORG")
                .yesNo("VON-17-2", "VON-17-2.1", null, no("2017-T1"), yes("2017-T2"))
                .perspectives("VON-17-2.1", "PER-FOLK")
                .number("VON-17-2", "VON-17-2.2", OKA, "0", "25", null, blank("2017-T3"))
                .perspectives("VON-17-2.2", "PER-FOLK");
        return plan;
    }

    /** sample-data/ronneby/strategi.csv: every element but the strategy row, with its links. */
    private static void strategy(PlanYearBuilder plan) {
        plan.element(
                        "PO-HS",
                        "FM-BOENDE",
                        "FM-MILJO",
                        "E2020-RESURS",
                        "EUSBSR-VATTEN",
                        "EUSBSR-KLIMAT",
                        "BLS-LIV",
                        "BLS-TILLG",
                        "OM1",
                        "OM3")
                .element("PO-AA", "FM-OMSORG", "E2020-DIGITAL", "EUSBSR-E2020", "BLS-LIV", "OM1", "OM3")
                .element(
                        "PO-MK",
                        "FM-KULTUR",
                        "FM-JOBB",
                        "E2020-KOMPETENS",
                        "EUSBSR-MANNISKOR",
                        "EUSBSR-E2020",
                        "BLS-ARBETSLIV",
                        "BLS-LIV",
                        "BLS-BILDEN",
                        "OM1",
                        "OM2")
                .element(
                        "PO-UNG",
                        "FM-SKOLA",
                        "E2020-UNGA",
                        "EUSBSR-MANNISKOR",
                        "BLS-ARBETSLIV",
                        "BLS-LIV",
                        "OM1",
                        "OM4")
                .element("PO-MU", "FM-SOC", "E2020-FATTIGDOM", "EUSBSR-E2020", "BLS-LIV", "OM1", "OM2")
                .element("EUSBSR-VATTEN", "EUSBSR-HAVET")
                .element("EUSBSR-KLIMAT", "EUSBSR-VALSTAND")
                .element("EUSBSR-MANNISKOR", "EUSBSR-REGION")
                .element("EUSBSR-E2020", "EUSBSR-VALSTAND")
                .element("EUSBSR-HAVET")
                .element("EUSBSR-REGION")
                .element("EUSBSR-VALSTAND");
        for (String code : new String[] {
            "FM-JOBB",
            "FM-BOENDE",
            "FM-SKOLA",
            "FM-OMSORG",
            "FM-SOC",
            "FM-MILJO",
            "FM-KULTUR",
            "E2020-RESURS",
            "E2020-DIGITAL",
            "E2020-KOMPETENS",
            "E2020-UNGA",
            "E2020-FATTIGDOM",
            "BLS-ATTRAKTIVA",
            "OM1",
            "OM2",
            "OM3",
            "OM4",
            "PER-JAM",
            "PER-INT",
            "PER-MILJO",
            "PER-FOLK"
        }) {
            plan.element(code);
        }
        for (String code : new String[] {"BLS-LIV", "BLS-ARBETSLIV", "BLS-TILLG", "BLS-BILDEN"}) {
            plan.element(code, "BLS-ATTRAKTIVA");
        }
    }
}
