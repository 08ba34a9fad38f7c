package se.maltavla.dataimport;

import static org.assertj.core.api.Assertions.assertThat;
import static se.maltavla.db.Tables.*;

import org.junit.jupiter.api.Test;
import se.maltavla.support.ImportTestBase;

/** A corrected file (docs/import-contract.md §4, §3): replaced values kept in the history, the rest unchanged. */
class ImportCorrectionTest extends ImportTestBase {

    @Test
    void a_corrected_value_is_updated_and_the_old_value_kept_in_the_history() {
        importStrategyAndPlan();
        inbox.write("utfall.csv", UTFALL_HEADER, "1081;I1;2016-T1;3", "1081;I1;2016-T2;5", "1081;I2;2016;nej");
        long firstFile = file(run(), "utfall.csv").fileId();
        inbox.write(
                "utfall-rattad.csv",
                UTFALL_HEADER,
                "1081;I1;2016-T2;5,0",
                "1081;I1;2016-T1;4",
                "1081;I2;2016;",
                "1081;I1;2016-T3;");

        ImportRunResult result = run();

        FileResult file = file(result, "utfall-rattad.csv");
        assertThat(file.rowsRead()).isEqualTo(4);
        assertThat(file.rowsNew()).isZero();
        assertThat(file.rowsUpdated()).isEqualTo(1);
        assertThat(file.rowsUnchanged()).isEqualTo(3);
        assertThat(file.rowsRejected()).isZero();
        assertThat(result.exitStatus()).isZero();

        var t1 = measurement("I1", "2016-T1").orElseThrow();
        assertThat(t1.getValueNumber()).isEqualByComparingTo("4");
        assertThat(t1.getSourceFileId()).isEqualTo(file.fileId());
        assertThat(t1.getSourceLine()).isEqualTo(3);
        var history = db.selectFrom(MEASUREMENT_HISTORY).fetch();
        assertThat(history).hasSize(1);
        assertThat(history.getFirst().getMeasurementId()).isEqualTo(t1.getId());
        assertThat(history.getFirst().getValueNumber()).isEqualByComparingTo("3");
        assertThat(history.getFirst().getSourceFileId()).isEqualTo(firstFile);
        assertThat(history.getFirst().getSourceLine()).isEqualTo(2);
        assertThat(history.getFirst().getReplacedByFileId()).isEqualTo(file.fileId());

        var t2 = measurement("I1", "2016-T2").orElseThrow();
        assertThat(t2.getSourceFileId())
                .as("an unchanged value keeps its source")
                .isEqualTo(firstFile);
        assertThat(measuredYes("I2", "2016"))
                .as("an empty varde changes nothing")
                .isFalse();
        assertThat(measurement("I1", "2016-T3"))
                .as("an empty varde creates nothing")
                .isEmpty();
        assertThat(db.fetchCount(MEASUREMENT)).isEqualTo(3);
    }

    @Test
    void a_later_row_of_the_same_file_replaces_an_earlier_one_with_the_same_key() {
        importStrategyAndPlan();
        inbox.write("utfall.csv", UTFALL_HEADER, "1081;I1;2016-Q1;6", "1081;I1;2016-K1;7", "1081;I1;2016-q1;7");

        FileResult file = file(run(), "utfall.csv");

        assertThat(file.rowsNew()).isEqualTo(1);
        assertThat(file.rowsUpdated()).isEqualTo(1);
        assertThat(file.rowsUnchanged()).isEqualTo(1);
        assertThat(measuredNumber("I1", "2016-Q1")).isEqualByComparingTo("7");
        assertThat(db.fetchValue(MEASUREMENT_HISTORY.VALUE_NUMBER)).isEqualByComparingTo("6");
        assertThat(db.fetchValue(MEASUREMENT_HISTORY.SOURCE_LINE)).isEqualTo(2);
    }

    @Test
    void a_changed_comment_alone_is_an_update() {
        importStrategyAndPlan();
        inbox.write("utfall.csv", UTFALL_HEADER + ";kommentar", "1081;I1;2016;3;preliminärt");
        run();
        inbox.write("utfall-2.csv", UTFALL_HEADER + ";kommentar", "1081;I1;2016;3;slutligt");

        FileResult file = file(run(), "utfall-2.csv");

        assertThat(file.rowsUpdated()).isEqualTo(1);
        assertThat(measurement("I1", "2016").orElseThrow().getComment()).isEqualTo("slutligt");
        assertThat(db.fetchValue(MEASUREMENT_HISTORY.COMMENT)).isEqualTo("preliminärt");
    }

    @Test
    void a_re_imported_plan_updates_the_indicator_in_place_and_keeps_its_measurements() {
        importStrategyAndPlan();
        inbox.write("utfall.csv", UTFALL_HEADER, "1081;I1;2016-T1;3");
        run();
        long indicatorId = db.fetchValue(INDICATOR.ID, INDICATOR.CODE.eq("I1"));
        inbox.write(
                "handlingsplan-2.csv",
                PLAN_HEADER,
                "1081;Kommunstyrelsen;2016;M1;Fler EU-projekt;I1;Antal projekt;tal;oka;0;12;PO1;",
                "1081;Kommunstyrelsen;2016;M1;Fler EU-projekt;I2;Ansökan inlämnad;ja_nej;;;ja;PO1;PER1");

        ImportRunResult result = run();

        FileResult plan = file(result, "handlingsplan-2.csv");
        assertThat(plan.rowsUpdated()).isEqualTo(1);
        assertThat(plan.rowsUnchanged()).isEqualTo(1);
        assertThat(plan.rowsNew()).isZero();
        assertThat(db.fetchValue(INDICATOR.TARGET_NUMBER, INDICATOR.ID.eq(indicatorId)))
                .isEqualByComparingTo("12");
        assertThat(db.fetchCount(INDICATOR)).isEqualTo(2);
        assertThat(measuredNumber("I1", "2016-T1")).isEqualByComparingTo("3");
    }
}
