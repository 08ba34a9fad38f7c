package se.maltavla.dataimport;

import static org.assertj.core.api.Assertions.assertThat;
import static se.maltavla.db.Tables.*;

import org.junit.jupiter.api.Test;
import se.maltavla.support.ImportTestBase;

/** Every value rule of docs/import-contract.md §1 "Values", header folding and the English aliases of §7. */
class ImportValueRulesTest extends ImportTestBase {

    @Test
    void numbers_with_space_grouping_percent_and_either_decimal_separator_are_accepted() {
        importStrategyAndPlan();
        inbox.write(
                "utfall.csv",
                UTFALL_HEADER,
                "1081;I1;2016-01;1 234",
                "1081;I1;2016-02;1\u00A0234,5",
                "1081;I1;2016-03;1\u202F234",
                "1081;I1;2016-04;45 %",
                "1081;I1;2016-05;1.234,5",
                "1081;I1;2016-06;1,234,567",
                "1081;I1;2016-07;-2,5",
                "1081;I1;2016-08;1,234",
                "1081;I1;2016-09;12.5%",
                "1081;I1;2016-10;+7");

        ImportRunResult result = run();

        FileResult file = file(result, "utfall.csv");
        assertThat(file.rowsNew()).as(file.firstRejections().toString()).isEqualTo(10);
        assertThat(result.exitStatus()).isZero();
        assertThat(measuredNumber("I1", "2016-01")).isEqualByComparingTo("1234");
        assertThat(measuredNumber("I1", "2016-02")).isEqualByComparingTo("1234.5");
        assertThat(measuredNumber("I1", "2016-03")).isEqualByComparingTo("1234");
        assertThat(measuredNumber("I1", "2016-04")).isEqualByComparingTo("45");
        assertThat(measuredNumber("I1", "2016-05")).isEqualByComparingTo("1234.5");
        assertThat(measuredNumber("I1", "2016-06")).isEqualByComparingTo("1234567");
        assertThat(measuredNumber("I1", "2016-07")).isEqualByComparingTo("-2.5");
        assertThat(measuredNumber("I1", "2016-08")).isEqualByComparingTo("1.234");
        assertThat(measuredNumber("I1", "2016-09")).isEqualByComparingTo("12.5");
        assertThat(measuredNumber("I1", "2016-10")).isEqualByComparingTo("7");
    }

    @Test
    void garbage_nan_infinity_and_ambiguous_numbers_reject_the_row_naming_the_value() {
        importStrategyAndPlan();
        inbox.write(
                "utfall.csv",
                UTFALL_HEADER,
                "1081;I1;2016-01;12 x",
                "1081;I1;2016-02;NaN",
                "1081;I1;2016-03;Infinity",
                "1081;I1;2016-04;1,2,3",
                "1081;I1;2016-05;tolv",
                "1081;I1;2016-06;5");

        ImportRunResult result = run();

        FileResult file = file(result, "utfall.csv");
        assertThat(file.rowsRead()).isEqualTo(6);
        assertThat(file.rowsNew()).isEqualTo(1);
        assertThat(file.firstRejections())
                .containsExactly(
                        new Rejection(2, "varde", "12 x", Reasons.NUMBER),
                        new Rejection(3, "varde", "NaN", Reasons.NUMBER),
                        new Rejection(4, "varde", "Infinity", Reasons.NUMBER),
                        new Rejection(5, "varde", "1,2,3", Reasons.NUMBER),
                        new Rejection(6, "varde", "tolv", Reasons.NUMBER));
        assertThat(result.exitStatus()).isEqualTo(2);
        assertThat(db.fetchCount(MEASUREMENT)).isEqualTo(1);
    }

    @Test
    void an_impossible_or_non_iso_target_date_rejects_the_plan_row() {
        writeStrategy();
        inbox.write(
                "handlingsplan.csv",
                "kommun;namnd;ar;mal_kod;mal;indikator_kod;indikator;typ;malvarde;maldatum",
                "1081;KS;2016;M1;Mål;I1;Ind 1;tal;10;2016-02-30",
                "1081;KS;2016;M1;Mål;I2;Ind 2;tal;10;31/12/2016",
                "1081;KS;2016;M1;Mål;I3;Ind 3;tal;10;2016-02-29",
                "1081;KS;2016;M1;Mål;I4;Ind 4;tal;10;");

        ImportRunResult result = run();

        FileResult file = file(result, "handlingsplan.csv");
        assertThat(file.firstRejections())
                .containsExactly(
                        new Rejection(2, "maldatum", "2016-02-30", Reasons.DATE),
                        new Rejection(3, "maldatum", "31/12/2016", Reasons.DATE));
        assertThat(file.rowsNew()).isEqualTo(2);
        assertThat(db.select(INDICATOR.CODE, INDICATOR.TARGET_DATE)
                        .from(INDICATOR)
                        .orderBy(INDICATOR.CODE)
                        .fetch())
                .extracting(r -> r.value1() + " " + r.value2())
                .containsExactly("I3 2016-02-29", "I4 2016-12-31");
    }

    @Test
    void yes_no_words_x_ja_nej_in_any_case_and_a_bad_word_rejected() {
        importStrategyAndPlan();
        inbox.write(
                "utfall.csv",
                UTFALL_HEADER,
                "1081;I2;2016-T1;x",
                "1081;I2;2016-T2;JA",
                "1081;I2;2016-T3;nej",
                "1081;I2;2016-Q1;Yes",
                "1081;I2;2016-Q2;0",
                "1081;I2;2016;kanske");

        ImportRunResult result = run();

        FileResult file = file(result, "utfall.csv");
        assertThat(file.rowsNew()).isEqualTo(5);
        assertThat(file.firstRejections()).containsExactly(new Rejection(7, "varde", "kanske", Reasons.YES_NO));
        assertThat(measuredYes("I2", "2016-T1")).isTrue();
        assertThat(measuredYes("I2", "2016-T2")).isTrue();
        assertThat(measuredYes("I2", "2016-T3")).isFalse();
        assertThat(measuredYes("I2", "2016-Q1")).isTrue();
        assertThat(measuredYes("I2", "2016-Q2")).isFalse();
    }

    @Test
    void a_municipality_code_that_excel_shortened_to_114_is_padded_to_0114() {
        inbox.write(
                "strategi.csv",
                STRATEGY_HEADER,
                "114;SV;strategi;SV;Upplands Väsbys strategi;;2016-01-01;2017-12-31",
                "114;SV;prioriterat_omrade;PO1;Område;;;");
        inbox.write("handlingsplan.csv", PLAN_HEADER, "114;Kommunstyrelsen;2016;M1;Mål;I1;Ind;tal;oka;0;10;PO1;");
        inbox.write("utfall.csv", UTFALL_HEADER, "114;I1;2016;4", "0114;I1;2016-T1;2");

        ImportRunResult result = run();

        assertThat(result.exitStatus()).as(result.toString()).isZero();
        assertThat(db.fetchValue(STRATEGY.MUNICIPALITY_CODE)).isEqualTo("0114");
        assertThat(db.fetchValue(GOAL.MUNICIPALITY_CODE)).isEqualTo("0114");
        assertThat(db.fetchCount(MUNICIPALITY)).isEqualTo(1);
        assertThat(file(result, "utfall.csv").rowsNew()).isEqualTo(2);
    }

    @Test
    void a_municipality_code_of_five_digits_or_letters_is_rejected() {
        importStrategyAndPlan();
        inbox.write("utfall.csv", UTFALL_HEADER, "12345;I1;2016;4", "Ronneby;I1;2016-T1;2", "1081;I1;2016-T2;1");

        ImportRunResult result = run();

        assertThat(file(result, "utfall.csv").firstRejections())
                .containsExactly(
                        new Rejection(2, "kommun", "12345", Reasons.MUNICIPALITY),
                        new Rejection(3, "kommun", "Ronneby", Reasons.MUNICIPALITY));
        assertThat(file(result, "utfall.csv").rowsNew()).isEqualTo(1);
    }

    @Test
    void header_names_are_folded_and_rejections_name_the_column_as_written() {
        writeStrategy();
        inbox.write(
                "handlingsplan.csv",
                "Kommun;Nämnd;År;Mål kod;Mål;Indikator-Kod;INDIKATOR;Typ;Riktning;UTGÅNGS VÄRDE;Målvärde;Kopplingar",
                "1081;Kommunstyrelsen;2016;M1;Mål;I1;Ind 1;Tal;Minska;7;3;po1",
                "1081;Kommunstyrelsen;2016;M1;Mål;I2;Ind 2;tal;öka;sju;3;",
                "1081;Kommunstyrelsen;2016;M1;Mål;I3;Ind 3;Ja_Nej;;;JA;",
                "1081;Kommunstyrelsen;2016;M1;Mål;I4;Ind 4;tal;uppåt;1;3;",
                "1081;Kommunstyrelsen;2016;M1;Mål;I5;Ind 5;text;;1;3;");

        ImportRunResult result = run();

        FileResult file = file(result, "handlingsplan.csv");
        assertThat(file.kind()).isEqualTo("handlingsplan");
        assertThat(file.rowsNew()).isEqualTo(2);
        assertThat(file.firstRejections())
                .containsExactly(
                        new Rejection(3, "UTGÅNGS VÄRDE", "sju", Reasons.NUMBER),
                        new Rejection(5, "Riktning", "uppåt", Reasons.word("oka, minska")),
                        new Rejection(6, "Typ", "text", Reasons.word("tal, ja_nej")));
        var i1 = db.selectFrom(INDICATOR).where(INDICATOR.CODE.eq("I1")).fetchOne();
        assertThat(i1.getDirection()).isEqualTo("minska");
        assertThat(i1.getBaseline()).isEqualByComparingTo("7");
        var i3 = db.selectFrom(INDICATOR).where(INDICATOR.CODE.eq("I3")).fetchOne();
        assertThat(i3.getIndicatorType()).isEqualTo("ja_nej");
        assertThat(i3.getTargetYes()).isTrue();
        assertThat(db.fetchCount(GOAL_LINK)).isEqualTo(1);
    }

    @Test
    void english_column_names_and_words_are_accepted() {
        inbox.write(
                "strategy.csv",
                "municipality;strategy;type;code;name;links;valid_from;valid_to",
                "1081;S1;strategi;S1;Strategy;;2016-01-01;2017-12-31",
                "1081;S1;prioriterat_omrade;PO1;Area;;;");
        inbox.write(
                "plan.csv",
                "municipality;committee;year;goal_code;goal;indicator_code;indicator;type;direction;baseline;target;links;unit;weight",
                "1081;Executive board;2016;G1;More projects;I1;Projects;number;increase;0;10;PO1;st;2",
                "1081;Executive board;2016;G1;More projects;I2;Emissions;number;decrease;100;80;;ton;",
                "1081;Executive board;2016;G1;More projects;I3;Applied;yes_no;;;yes;;;");
        inbox.write(
                "values.csv",
                "municipality;indicator_code;period;value;comment;reported_by",
                "1081;I1;2016-H1;4;fine;Anna",
                "1081;I3;2016;no;;");

        ImportRunResult result = run();

        assertThat(result.exitStatus()).as(result.toString()).isZero();
        assertThat(file(result, "strategy.csv").kind()).isEqualTo("strategi");
        assertThat(file(result, "plan.csv").kind()).isEqualTo("handlingsplan");
        assertThat(file(result, "plan.csv").rowsNew()).isEqualTo(3);
        assertThat(file(result, "values.csv").kind()).isEqualTo("utfall");
        assertThat(db.select(INDICATOR.CODE, INDICATOR.INDICATOR_TYPE, INDICATOR.DIRECTION)
                        .from(INDICATOR)
                        .orderBy(INDICATOR.CODE)
                        .fetch())
                .extracting(r -> r.value1() + " " + r.value2() + " " + r.value3())
                .containsExactly("I1 tal oka", "I2 tal minska", "I3 ja_nej null");
        assertThat(db.fetchValue(INDICATOR.WEIGHT, INDICATOR.CODE.eq("I1"))).isEqualByComparingTo("2");
        assertThat(measurement("I1", "2016-H1").orElseThrow().getReportedBy()).isEqualTo("Anna");
        assertThat(measuredYes("I3", "2016")).isFalse();
    }

    @Test
    void required_values_missing_reject_the_row() {
        importStrategyAndPlan();
        inbox.write("utfall.csv", UTFALL_HEADER, ";I1;2016;4", "1081; ;2016;4", "1081;I1;;4");

        ImportRunResult result = run();

        FileResult file = file(result, "utfall.csv");
        assertThat(file.rowsRejected()).isEqualTo(3);
        assertThat(file.firstRejections())
                .extracting(Rejection::line, Rejection::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2L, "kommun"),
                        org.assertj.core.groups.Tuple.tuple(3L, "indikator_kod"),
                        org.assertj.core.groups.Tuple.tuple(4L, "period"));
        assertThat(file.firstRejections().get(0).reason()).isEqualTo(Reasons.REQUIRED);
        assertThat(file.firstRejections().get(1).reason()).isEqualTo(Reasons.REQUIRED);
    }
}
