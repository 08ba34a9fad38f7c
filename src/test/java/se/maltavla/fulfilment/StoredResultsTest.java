package se.maltavla.fulfilment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.maltavla.db.Tables.PLAN_YEAR_STATE;
import static se.maltavla.db.Tables.RESULT_ROW;
import static se.maltavla.db.Tables.RESULT_SET;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import se.maltavla.support.ImportTestBase;

/** Results are stored by the import, kept current by it, and read (never recomputed) by requests. */
class StoredResultsTest extends ImportTestBase {

    private static final LocalDate YEAR_END_2017 = LocalDate.of(2017, 12, 31);
    /** maltavla.fulfilment.other-dates-kept, as by default. */
    private static final int OTHER_DATES_KEPT = 100;

    @Autowired
    FulfilmentService fulfilment;

    private ResultRow row(PlanYearResults results, Level level, String code) {
        return results.rows(level).stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private int storedSets(String municipality, int year) {
        return db.fetchCount(
                RESULT_SET, RESULT_SET.MUNICIPALITY_CODE.eq(municipality).and(RESULT_SET.PLAN_YEAR.eq(year)));
    }

    @Test
    void the_import_run_stores_the_results_of_every_plan_year_it_changed() {
        inbox.copySamples("ronneby");
        run();

        assertThat(storedSets("1081", 2016)).isEqualTo(1);
        assertThat(storedSets("1081", 2017)).isEqualTo(1);
        assertThat(db.fetchCount(PLAN_YEAR_STATE, PLAN_YEAR_STATE.DATA_VERSION.gt(PLAN_YEAR_STATE.COMPUTED_VERSION)))
                .as("nothing left to recompute")
                .isZero();
        PlanYearResults results = fulfilment.results("1081", 2017, YEAR_END_2017);
        assertThat(results.municipalityRow().fulfilmentPercent()).isEqualByComparingTo("74.9");
        assertThat(results.evaluationDate()).isEqualTo(YEAR_END_2017);
    }

    @Test
    void a_request_reads_the_stored_figures_and_does_not_recompute_them() {
        inbox.copySamples("ronneby");
        run();
        // Tamper with the stored figure: a recompute would put 50,0 back.
        db.update(RESULT_ROW)
                .set(RESULT_ROW.FULFILMENT, new BigDecimal("0.123"))
                .where(RESULT_ROW.CODE.eq("KFN-17-2"), RESULT_ROW.RESULT_LEVEL.eq("mal"))
                .execute();

        PlanYearResults results = fulfilment.results("1081", 2017, LocalDate.of(2099, 1, 1));

        assertThat(row(results, Level.MAL, "KFN-17-2").fulfilmentPercent()).isEqualByComparingTo("12.3");
    }

    @Test
    void a_corrected_value_changes_the_stored_figures_of_its_plan_year_only() {
        inbox.copySamples("ronneby");
        run();
        long set2016 = db.select(RESULT_SET.ID)
                .from(RESULT_SET)
                .where(RESULT_SET.PLAN_YEAR.eq(2016))
                .fetchSingle(RESULT_SET.ID);

        inbox.write("utfall-rattelse.csv", UTFALL_HEADER, "1081;KFN-17-2.1;2017-T3;1,3");
        run();

        PlanYearResults results = fulfilment.results("1081", 2017, YEAR_END_2017);
        assertThat(row(results, Level.MAL, "KFN-17-2").status()).isEqualTo(Status.UPPFYLLT);
        assertThat(row(results, Level.MAL, "KFN-17-2").fulfilmentPercent()).isEqualByComparingTo("100.0");
        ResultRow indicator = row(results, Level.INDIKATOR, "KFN-17-2.1");
        assertThat(indicator.indicator().valueNumber()).isEqualByComparingTo("1.3");
        assertThat(indicator.indicator().source().fileName())
                .as("lineage of the value used")
                .isEqualTo("utfall-rattelse.csv");
        assertThat(indicator.indicator().source().line()).isEqualTo(2);
        assertThat(db.select(RESULT_SET.ID)
                        .from(RESULT_SET)
                        .where(RESULT_SET.PLAN_YEAR.eq(2016))
                        .fetchSingle(RESULT_SET.ID))
                .as("2016 was not touched")
                .isEqualTo(set2016);
    }

    @Test
    void another_evaluation_date_is_computed_once_then_read_from_storage() {
        inbox.copySamples("ronneby");
        run();

        PlanYearResults atT1 = fulfilment.results("1081", 2017, LocalDate.of(2017, 4, 30));
        PlanYearResults again = fulfilment.results("1081", 2017, LocalDate.of(2017, 4, 30));

        assertThat(row(atT1, Level.INDIKATOR, "KFN-17-2.1").indicator().valuePeriod())
                .isEqualTo("2017-T1");
        assertThat(row(atT1, Level.MAL, "KFN-17-2").status())
                .as("1,1 is the baseline: 0 %")
                .isEqualTo(Status.EJ_UPPFYLLT);
        assertThat(again.computedAt()).isEqualTo(atT1.computedAt());
        assertThat(storedSets("1081", 2017)).isEqualTo(2);
    }

    @Test
    void however_many_dates_are_asked_for_the_stored_sets_stay_bounded_and_the_answers_stay_right() {
        inbox.copySamples("ronneby");
        run();
        LocalDate defaultDate = fulfilment.defaultEvaluationDate(2017);
        java.util.Map<LocalDate, java.util.List<ResultRow>> first = new java.util.LinkedHashMap<>();
        for (int day = 0; day < 300; day++) {
            LocalDate date = LocalDate.of(2017, 1, 1).plusDays(day);
            first.put(date, fulfilment.results("1081", 2017, date).rows());
        }

        // 2017-04-30 and 2017-08-31 (tertial ends) and the default date are Måltavla's own dates.
        assertThat(storedSets("1081", 2017)).isEqualTo(OTHER_DATES_KEPT + 3);
        assertThat(db.fetchCount(
                        RESULT_ROW,
                        RESULT_ROW.RESULT_SET_ID.in(
                                db.select(RESULT_SET.ID).from(RESULT_SET).where(RESULT_SET.PLAN_YEAR.eq(2017)))))
                .as("no rows left of removed sets")
                .isEqualTo((OTHER_DATES_KEPT + 3)
                        * first.get(LocalDate.of(2017, 1, 1)).size());
        assertThat(stored(LocalDate.of(2017, 1, 1)))
                .as("the least recently used went first")
                .isFalse();
        assertThat(stored(LocalDate.of(2017, 10, 27)))
                .as("the latest asked is kept")
                .isTrue();
        assertThat(stored(LocalDate.of(2017, 4, 30))).isTrue();
        assertThat(stored(defaultDate)).isTrue();
        for (LocalDate date : List.of(
                LocalDate.of(2017, 1, 1),
                LocalDate.of(2017, 2, 14),
                LocalDate.of(2017, 8, 30),
                LocalDate.of(2017, 10, 27))) {
            assertThat(fulfilment.results("1081", 2017, date).rows())
                    .as(date + ", asked again")
                    .isEqualTo(first.get(date));
        }
        assertThat(row(fulfilment.results("1081", 2017, LocalDate.of(2017, 2, 14)), Level.INDIKATOR, "KFN-17-2.1")
                        .indicator()
                        .valuePeriod())
                .as("a value of T1 ends on 04-30, after 02-14")
                .isNull();
    }

    @Test
    void a_set_read_again_counts_as_recently_used() {
        inbox.copySamples("ronneby");
        run();
        LocalDate read = LocalDate.of(2017, 3, 1);
        LocalDate notRead = LocalDate.of(2017, 3, 2);
        fulfilment.results("1081", 2017, read);
        fulfilment.results("1081", 2017, notRead);
        // As if both were asked for an hour ago, then only one of them read again now.
        db.update(RESULT_SET)
                .set(RESULT_SET.LAST_USED_AT, java.time.OffsetDateTime.now().minusHours(1))
                .execute();
        fulfilment.results("1081", 2017, read);

        for (int day = 0; day < OTHER_DATES_KEPT - 1; day++) {
            fulfilment.results("1081", 2017, LocalDate.of(2017, 5, 1).plusDays(day));
        }

        assertThat(stored(read)).isTrue();
        assertThat(stored(notRead)).isFalse();
    }

    private boolean stored(LocalDate date) {
        return db.fetchExists(
                RESULT_SET, RESULT_SET.PLAN_YEAR.eq(date.getYear()).and(RESULT_SET.EVALUATION_DATE.eq(date)));
    }

    @Test
    void new_data_replaces_the_sets_stored_for_other_dates() {
        inbox.copySamples("ronneby");
        run();
        fulfilment.results("1081", 2017, LocalDate.of(2017, 4, 30));

        inbox.write("utfall-rattelse.csv", UTFALL_HEADER, "1081;KFN-17-2.1;2017-T1;1,2");
        run();

        assertThat(storedSets("1081", 2017))
                .as("the T1 set was computed from old data")
                .isEqualTo(1);
        PlanYearResults atT1 = fulfilment.results("1081", 2017, LocalDate.of(2017, 4, 30));
        assertThat(row(atT1, Level.INDIKATOR, "KFN-17-2.1").indicator().valueNumber())
                .isEqualByComparingTo("1.2");
    }

    @Test
    @WithMockUser(
            username = "koordinator",
            roles = {"COORDINATOR", "VIEWER"})
    void new_thresholds_restate_the_statuses() {
        inbox.copySamples("ronneby");
        run();

        fulfilment.updateThresholds("1081", new Thresholds(new BigDecimal("90"), new BigDecimal("45")));

        PlanYearResults results = fulfilment.results("1081", 2017, YEAR_END_2017);
        assertThat(row(results, Level.MAL, "KS-17-1").status()).as("93,3 ≥ 90").isEqualTo(Status.UPPFYLLT);
        assertThat(row(results, Level.MAL, "UN-17-1").status()).as("40,0 < 45").isEqualTo(Status.EJ_UPPFYLLT);
        assertThat(results.thresholds().upper()).isEqualByComparingTo("90");
        assertThat(results.thresholds().lower()).isEqualByComparingTo("45");
        assertThat(fulfilment.thresholds("1081").upper()).isEqualByComparingTo("90");
    }

    @Test
    @WithMockUser(
            username = "koordinator",
            roles = {"COORDINATOR", "VIEWER"})
    void thresholds_out_of_order_are_refused() {
        inbox.copySamples("ronneby");
        run();

        assertThatThrownBy(() -> fulfilment.updateThresholds(
                        "1081", new Thresholds(new BigDecimal("120"), new BigDecimal("50"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(fulfilment.thresholds("1081").upper()).isEqualByComparingTo("100");
    }

    @Test
    void a_change_left_without_its_recompute_is_taken_up_by_the_next_recompute() {
        inbox.copySamples("ronneby");
        run();
        // As after a crash between the import's commit and its recompute.
        db.update(RESULT_ROW)
                .set(RESULT_ROW.STATUS, "saknas")
                .where(RESULT_ROW.CODE.eq("KFN-17-2"))
                .execute();
        db.update(RESULT_SET).set(RESULT_SET.CONTENT_HASH, 0L).execute();
        db.update(PLAN_YEAR_STATE)
                .set(PLAN_YEAR_STATE.DATA_VERSION, PLAN_YEAR_STATE.DATA_VERSION.plus(1))
                .where(PLAN_YEAR_STATE.PLAN_YEAR.eq(2017))
                .execute();

        RecomputeReport report = fulfilment.recomputeChanged();

        assertThat(report.planYears()).isEqualTo(1);
        assertThat(row(fulfilment.results("1081", 2017, YEAR_END_2017), Level.MAL, "KFN-17-2")
                        .status())
                .isEqualTo(Status.DELVIS);
    }

    @Test
    @WithMockUser(
            username = "koordinator",
            roles = {"COORDINATOR", "VIEWER"})
    void a_full_recompute_restates_every_plan_year_and_keeps_only_the_default_sets() {
        inbox.copySamples("ronneby");
        run();
        inbox.copySamples("kungsbacka");
        run();
        fulfilment.results("1081", 2017, LocalDate.of(2017, 8, 31));
        // As after an upgrade that computes differently: other figures, another content hash.
        db.update(RESULT_ROW)
                .set(RESULT_ROW.FULFILMENT, new BigDecimal("0.123"))
                .execute();
        db.update(RESULT_SET).set(RESULT_SET.CONTENT_HASH, 0L).execute();

        RecomputeReport report = fulfilment.recomputeAll();

        assertThat(report.planYears())
                .isEqualTo(db.fetchCount(db.selectDistinct(
                                se.maltavla.db.Tables.GOAL.MUNICIPALITY_CODE, se.maltavla.db.Tables.GOAL.PLAN_YEAR)
                        .from(se.maltavla.db.Tables.GOAL)));
        assertThat(storedSets("1081", 2017)).isEqualTo(1);
        assertThat(fulfilment
                        .results("1384", 2020, LocalDate.of(2020, 12, 31))
                        .municipalityRow()
                        .fulfilmentPercent())
                .isEqualByComparingTo("71.0");
    }

    @Test
    @WithMockUser(username = "anna", roles = "VIEWER")
    void a_viewer_may_neither_change_the_thresholds_nor_start_a_full_recompute() {
        inbox.copySamples("ronneby");
        run();

        assertThatThrownBy(() ->
                        fulfilment.updateThresholds("1081", new Thresholds(new BigDecimal("90"), new BigDecimal("45"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fulfilment.recomputeAll()).isInstanceOf(AccessDeniedException.class);
        assertThat(fulfilment.thresholds("1081").upper()).isEqualByComparingTo("100");
    }

    @Test
    void an_unknown_municipality_is_reported_as_such() {
        assertThatThrownBy(() -> fulfilment.results("9999", 2017, YEAR_END_2017))
                .isInstanceOf(UnknownMunicipalityException.class);
    }
}
