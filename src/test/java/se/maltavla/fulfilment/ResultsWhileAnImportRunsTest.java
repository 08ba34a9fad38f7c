package se.maltavla.fulfilment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static se.maltavla.db.Tables.PLAN_YEAR_STATE;
import static se.maltavla.db.Tables.RESULT_SET;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.maltavla.support.HeldLock;
import se.maltavla.support.ImportTestBase;

/**
 * Results read and computed while an import runs: its chunks hold their plan years'
 * {@code plan_year_state} rows until they commit, and a recompute holds the result sets it
 * writes. H2 waits two seconds for such a lock, then fails the statement; PostgreSQL waits as long as
 * it takes. Either way a reader gets the figures or "busy", never an error, and the default
 * figures stay shown. Found by {@code ImportUnderLoadTest}: a 500 from the API during the
 * national import.
 */
class ResultsWhileAnImportRunsTest extends ImportTestBase {

    private static final LocalDate YEAR_END_2017 = LocalDate.of(2017, 12, 31);
    private static final Duration HOLD = Duration.ofSeconds(4);
    /** An import's chunk changing Ronneby's 2017, not committed yet. */
    private static final String CHUNK_2017 = "update plan_year_state set data_version = data_version + 1 "
            + "where municipality_code = '1081' and plan_year = 2017";

    @Autowired
    FulfilmentService fulfilment;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void ronneby() {
        inbox.copySamples("ronneby");
        run();
    }

    @Test
    void a_date_not_stored_while_a_chunk_holds_the_plan_year_is_busy_or_waits_for_it_never_an_error() throws Exception {
        Throwable thrown;
        PlanYearResults[] results = new PlanYearResults[1];
        try (HeldLock chunk = HeldLock.hold(dataSource, CHUNK_2017, HOLD)) {
            thrown = catchThrowable(() -> results[0] = fulfilment.results("1081", 2017, LocalDate.of(2017, 6, 30)));
        }

        // H2 waits a while for each attempt's lock, then the next attempt; PostgreSQL waits for the commit.
        assertThat(thrown)
                .as("busy (the API answers 503, ask again) or the figures, never an error")
                .satisfiesAnyOf(
                        t -> assertThat(t).isNull(), t -> assertThat(t).isInstanceOf(ResultsBusyException.class));
        if (thrown == null) {
            assertThat(results[0].evaluationDate()).isEqualTo(LocalDate.of(2017, 6, 30));
        }
        assertThat(fulfilment.results("1081", 2017, LocalDate.of(2017, 6, 30)).evaluationDate())
                .as("once the chunk is committed")
                .isEqualTo(LocalDate.of(2017, 6, 30));
    }

    @Test
    void a_set_of_another_date_computed_while_an_import_runs_leaves_the_default_set_shown() {
        PlanYearResults before = fulfilment.results("1081", 2017, YEAR_END_2017);
        // A chunk committed, the import's recompute still to come.
        db.update(PLAN_YEAR_STATE)
                .set(PLAN_YEAR_STATE.DATA_VERSION, PLAN_YEAR_STATE.DATA_VERSION.plus(1))
                .where(PLAN_YEAR_STATE.MUNICIPALITY_CODE.eq("1081"), PLAN_YEAR_STATE.PLAN_YEAR.eq(2017))
                .execute();

        fulfilment.results("1081", 2017, LocalDate.of(2017, 8, 31));

        assertThat(db.select(RESULT_SET.EVALUATION_DATE)
                        .from(RESULT_SET)
                        .where(RESULT_SET.MUNICIPALITY_CODE.eq("1081"), RESULT_SET.PLAN_YEAR.eq(2017))
                        .fetch(RESULT_SET.EVALUATION_DATE))
                .as("the default set is still stored")
                .containsExactlyInAnyOrder(YEAR_END_2017, LocalDate.of(2017, 8, 31));
        assertThat(fulfilment.results("1081", 2017, YEAR_END_2017).computedAt())
                .as("read, not computed again")
                .isEqualTo(before.computedAt());
    }

    @Test
    void a_stored_set_is_read_while_a_recompute_holds_it() throws Exception {
        db.update(RESULT_SET)
                .set(RESULT_SET.LAST_USED_AT, OffsetDateTime.now().minusHours(1))
                .execute();
        PlanYearResults results;
        try (HeldLock recompute = HeldLock.hold(
                dataSource,
                "update result_set set computed_at = computed_at "
                        + "where municipality_code = '1081' and plan_year = 2017",
                HOLD)) {
            results = fulfilment.results("1081", 2017, YEAR_END_2017);
        }

        assertThat(results.municipalityRow().fulfilmentPercent()).isEqualByComparingTo("74.9");
    }

    @Test
    void the_recompute_at_an_imports_end_is_not_failed_by_a_plan_year_another_writer_holds() throws Exception {
        db.update(PLAN_YEAR_STATE)
                .set(PLAN_YEAR_STATE.DATA_VERSION, PLAN_YEAR_STATE.DATA_VERSION.plus(1))
                .execute();
        Throwable thrown;
        try (HeldLock other = HeldLock.hold(dataSource, CHUNK_2017.replace("data_version + 1", "data_version"), HOLD)) {
            thrown = catchThrowable(fulfilment::recomputeChanged);
        }
        RecomputeReport rest = fulfilment.recomputeChanged();

        assertThat(thrown).isNull();
        assertThat(db.fetchCount(PLAN_YEAR_STATE, PLAN_YEAR_STATE.DATA_VERSION.gt(PLAN_YEAR_STATE.COMPUTED_VERSION)))
                .as("every plan year computed, the held one at the latest by the next recompute (%s)", rest)
                .isZero();
        assertThat(fulfilment
                        .results("1081", 2017, YEAR_END_2017)
                        .municipalityRow()
                        .fulfilmentPercent())
                .isEqualByComparingTo("74.9");
    }
}
