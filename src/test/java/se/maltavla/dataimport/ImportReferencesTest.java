package se.maltavla.dataimport;

import static org.assertj.core.api.Assertions.assertThat;
import static se.maltavla.db.Tables.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.maltavla.support.ImportTestBase;

/** Rows naming what does not exist, links resolved across files, a goal's one committee (docs/import-contract.md §2–§4). */
class ImportReferencesTest extends ImportTestBase {

    @Test
    void a_value_for_an_indicator_not_in_that_years_plan_is_rejected() {
        importStrategyAndPlan();
        inbox.write(
                "utfall.csv",
                UTFALL_HEADER,
                "1081;I1;2016-T1;3",
                "1081;I1;2017;5",
                "1081;I9;2016;1",
                "1081;i1;2016-T2;4");

        ImportRunResult result = run();

        FileResult file = file(result, "utfall.csv");
        assertThat(file.rowsNew()).isEqualTo(2);
        assertThat(file.firstRejections())
                .containsExactly(
                        new Rejection(3, "indikator_kod", "I1", Reasons.unknownIndicator("I1", 2017, "1081")),
                        new Rejection(4, "indikator_kod", "I9", Reasons.unknownIndicator("I9", 2016, "1081")));
        assertThat(measuredNumber("I1", "2016-T2"))
                .as("codes compare case-insensitively")
                .isEqualByComparingTo("4");
    }

    @Test
    void a_plan_link_that_names_no_strategy_element_rejects_the_row() {
        writeStrategy();
        inbox.write(
                "handlingsplan.csv",
                PLAN_HEADER,
                "1081;Kommunstyrelsen;2016;M1;Mål;I1;Ind 1;tal;oka;0;10;\"PO1, XX9\";",
                "1081;Kommunstyrelsen;2016;M2;Mål;I2;Ind 2;tal;oka;0;10;po1 | fm1;");

        ImportRunResult result = run();

        FileResult file = file(result, "handlingsplan.csv");
        assertThat(file.firstRejections())
                .containsExactly(new Rejection(2, "kopplingar", "PO1, XX9", Reasons.unknownLinks("XX9", "S1")));
        assertThat(file.rowsNew()).isEqualTo(1);
        assertThat(db.fetchCount(GOAL)).isEqualTo(1);
        assertThat(db.fetchCount(GOAL_LINK)).isEqualTo(2);
    }

    @Test
    void a_strategy_link_to_an_unknown_code_rejects_the_row_naming_the_value_as_written() {
        inbox.write(
                "strategi.csv",
                STRATEGY_HEADER,
                "1081;S1;strategi;S1;Strategi;;2016-01-01;2017-12-31",
                "1081;S1;prioriterat_omrade;PO1;Område;\"FM1, NOPE\";;",
                "1081;S1;fullmaktigemal;FM1;Mål;;;");

        ImportRunResult result = run();

        FileResult file = file(result, "strategi.csv");
        assertThat(file.rowsNew()).isEqualTo(2);
        assertThat(file.firstRejections())
                .containsExactly(new Rejection(3, "kopplingar", "FM1, NOPE", Reasons.unknownLinks("NOPE", "S1")));
        assertThat(db.fetchCount(STRATEGY_ELEMENT)).isEqualTo(1);
        assertThat(result.exitStatus()).isEqualTo(2);
    }

    @Test
    void one_file_may_hold_two_strategies_of_a_municipality_new_to_maltavla() {
        inbox.write(
                "strategi.csv",
                STRATEGY_HEADER,
                "1082;S1;strategi;S1;Strategi 2016–2017;;2016-01-01;2017-12-31",
                "1082;S2;strategi;S2;Strategi 2018–2020;;2018-01-01;2020-12-31",
                "1082;S1;prioriterat_omrade;PO1;Hållbara städer;;;",
                "1082;S2;prioriterat_omrade;PO1;Hållbara städer;;;");

        ImportRunResult result = run();

        assertThat(result.exitStatus()).as(result.toString()).isZero();
        assertThat(file(result, "strategi.csv").rowsNew()).isEqualTo(4);
        assertThat(db.fetchCount(STRATEGY_ELEMENT)).isEqualTo(2);
    }

    @Test
    void a_strategy_row_may_link_to_a_row_that_comes_later_also_in_another_strategi_file() {
        inbox.write(
                "strategi-a.csv",
                STRATEGY_HEADER,
                "1081;S1;prioriterat_omrade;PO1;Hållbara städer;FM1|EXT2;;",
                "1081;S1;strategi;S1;Strategi;;2016-01-01;2017-12-31",
                "1081;S1;fullmaktigemal;FM1;Attraktivt boende;;;");
        inbox.write(
                "strategi-b.csv",
                STRATEGY_HEADER,
                "1081;S1;extern;EXT2;Klart vatten i havet;EXT1;;",
                "1081;S1;extern;EXT1;Rädda havet;;;");

        ImportRunResult result = run();

        assertThat(result.exitStatus()).as(result.toString()).isZero();
        assertThat(file(result, "strategi-a.csv").rowsNew()).isEqualTo(3);
        assertThat(file(result, "strategi-b.csv").rowsNew()).isEqualTo(2);
        assertThat(links()).containsExactlyInAnyOrder("PO1->FM1", "PO1->EXT2", "EXT2->EXT1");
    }

    @Test
    void a_row_linking_to_a_rejected_row_is_rejected_too() {
        inbox.write(
                "strategi.csv",
                STRATEGY_HEADER,
                "1081;S1;strategi;S1;Strategi;;2016-01-01;2017-12-31",
                "1081;S1;prioriterat_omrade;PO1;Område;FM1;;",
                "1081;S1;fullmaktigemal;FM1;Mål;NOPE;;");

        ImportRunResult result = run();

        FileResult file = file(result, "strategi.csv");
        assertThat(file.rowsRejected()).isEqualTo(2);
        assertThat(file.firstRejections()).extracting(Rejection::line).containsExactly(3L, 4L);
        assertThat(file.firstRejections().get(0).reason()).isEqualTo(Reasons.unknownLinks("FM1", "S1"));
        assertThat(db.fetchCount(STRATEGY_ELEMENT)).isZero();
    }

    private List<String> links() {
        var from = STRATEGY_ELEMENT.as("f");
        var to = STRATEGY_ELEMENT.as("t");
        return db.select(from.CODE, to.CODE)
                .from(ELEMENT_LINK)
                .join(from)
                .on(from.ID.eq(ELEMENT_LINK.FROM_ELEMENT_ID))
                .join(to)
                .on(to.ID.eq(ELEMENT_LINK.TO_ELEMENT_ID))
                .fetch(r -> r.value1() + "->" + r.value2());
    }

    @Test
    void a_goal_given_another_committee_is_rejected_naming_the_committee_it_belongs_to() {
        importStrategyAndPlan();
        inbox.write(
                "handlingsplan-teknik.csv",
                PLAN_HEADER,
                "1081;Tekniska nämnden;2016;M1;Fler EU-projekt;I3;Ny indikator;tal;oka;0;5;;",
                "1081; kommunstyrelsen ;2016;m1;Fler EU-projekt;I4;Annan indikator;tal;oka;0;5;;",
                "1081;Tekniska nämnden;2016;M7;Eget mål;I5;Egen;tal;oka;0;5;;",
                "1081;Kommunstyrelsen;2016;M7;Eget mål;I6;Egen 2;tal;oka;0;5;;");

        ImportRunResult result = run();

        FileResult file = file(result, "handlingsplan-teknik.csv");
        assertThat(file.firstRejections())
                .containsExactly(
                        new Rejection(
                                2, "namnd", "Tekniska nämnden", Reasons.otherCommittee("M1", 2016, "Kommunstyrelsen")),
                        new Rejection(
                                5, "namnd", "Kommunstyrelsen", Reasons.otherCommittee("M7", 2016, "Tekniska nämnden")));
        assertThat(file.rowsNew()).isEqualTo(2);
        assertThat(db.fetchExists(INDICATOR, INDICATOR.CODE.eq("I3"))).isFalse();
        assertThat(db.fetchExists(INDICATOR, INDICATOR.CODE.eq("I4"))).isTrue();
        assertThat(db.fetchExists(INDICATOR, INDICATOR.CODE.eq("I6"))).isFalse();
        assertThat(db.fetchCount(COMMITTEE)).isEqualTo(2);
    }

    @Test
    void the_same_goal_code_in_another_year_may_belong_to_another_committee() {
        inbox.write("strategi.csv", STRATEGY_HEADER, "1081;S1;strategi;S1;Strategi;;2016-01-01;2017-12-31");
        inbox.write(
                "handlingsplan.csv",
                PLAN_HEADER,
                "1081;Kommunstyrelsen;2016;M1;Mål;I1;Ind;tal;oka;0;5;;",
                "1081;Tekniska nämnden;2017;M1;Mål;I1;Ind;tal;oka;0;5;;");

        ImportRunResult result = run();

        assertThat(result.exitStatus()).as(result.toString()).isZero();
        assertThat(db.fetchCount(GOAL)).isEqualTo(2);
    }

    @Test
    void a_value_for_a_year_no_strategy_covers_is_rejected_in_the_plan() {
        writeStrategy();
        inbox.write("handlingsplan.csv", PLAN_HEADER, "1081;Kommunstyrelsen;2019;M1;Mål;I1;Ind;tal;oka;0;5;;");

        FileResult file = file(run(), "handlingsplan.csv");

        assertThat(file.firstRejections())
                .containsExactly(new Rejection(
                        2,
                        "ar",
                        "2019",
                        "Ingen strategi för kommun 1081 gäller år 2019. Läs in strategin (filen strategi) med giltighetstid "
                                + "som täcker året."));
    }
}
