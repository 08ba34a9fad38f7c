package se.maltavla.dataimport;

import static org.assertj.core.api.Assertions.assertThat;
import static se.maltavla.db.Tables.*;

import org.junit.jupiter.api.Test;
import se.maltavla.support.ImportTestBase;

class ImportSampleDataTest extends ImportTestBase {

    @Test
    void imports_every_ronneby_sample_file_without_a_rejection() {
        inbox.copySamples("ronneby");
        ImportRunResult result = run();

        assertThat(result.exitStatus()).as(result.toString()).isZero();
        assertThat(result.files()).allSatisfy(f -> {
            assertThat(f.status()).isEqualTo(FileStatus.IMPORTED);
            assertThat(f.rowsRejected())
                    .as(f.fileName() + " " + f.firstRejections())
                    .isZero();
        });
        assertThat(inbox.remaining()).isEmpty();
        assertThat(file(result, "strategi.csv").rowsNew()).isEqualTo(38);
        assertThat(db.fetchCount(STRATEGY_ELEMENT)).isEqualTo(37);
        assertThat(db.fetchCount(COMMITTEE)).isEqualTo(8);
        assertThat(db.fetchCount(ACTIVITY, ACTIVITY.ACTIVITY_TYPE.eq("vanort"))).isEqualTo(6);
        assertThat(db.select(STRATEGY.NAME, STRATEGY.ADOPTED).from(STRATEGY).fetchOne())
                .satisfies(r -> {
                    assertThat(r.value1()).isEqualTo("Internationell strategi för Ronneby kommun 2016-2017");
                    assertThat(r.value2()).isEqualTo("KF 2015-12-10");
                });
    }

    @Test
    void imports_every_kungsbacka_sample_file_without_a_rejection() {
        inbox.copySamples("kungsbacka");
        ImportRunResult result = run();

        assertThat(result.exitStatus()).as(result.toString()).isZero();
        assertThat(db.fetchCount(STRATEGY_ELEMENT, STRATEGY_ELEMENT.ELEMENT_TYPE.eq("grundpelare")))
                .isEqualTo(3);
        assertThat(db.fetchCount(GOAL, GOAL.PLAN_YEAR.eq(2020))).isPositive();
    }

    @Test
    void follows_links_of_the_strategy_table_in_ronneby() {
        inbox.copySamples("ronneby");
        run();

        var from = STRATEGY_ELEMENT.as("f");
        var to = STRATEGY_ELEMENT.as("t");
        var linked = db.select(to.CODE)
                .from(ELEMENT_LINK)
                .join(from)
                .on(from.ID.eq(ELEMENT_LINK.FROM_ELEMENT_ID))
                .join(to)
                .on(to.ID.eq(ELEMENT_LINK.TO_ELEMENT_ID))
                .where(from.CODE.eq("PO-HS"))
                .fetch(to.CODE);
        assertThat(linked).contains("FM-BOENDE", "FM-MILJO", "E2020-RESURS", "EUSBSR-VATTEN", "BLS-LIV");
    }
}
