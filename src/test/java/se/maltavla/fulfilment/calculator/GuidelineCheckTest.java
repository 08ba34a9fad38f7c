package se.maltavla.fulfilment.calculator;

import static org.assertj.core.api.Assertions.assertThat;
import static se.maltavla.fulfilment.GuidelineCriterion.ANCHORED;
import static se.maltavla.fulfilment.GuidelineCriterion.BASELINE;
import static se.maltavla.fulfilment.GuidelineCriterion.EXECUTOR;
import static se.maltavla.fulfilment.GuidelineCriterion.MEASURABLE;
import static se.maltavla.fulfilment.GuidelineCriterion.OWNER;
import static se.maltavla.fulfilment.GuidelineCriterion.REPORTED;
import static se.maltavla.fulfilment.GuidelineCriterion.TARGET_DATE;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.maltavla.fulfilment.GuidelineCriterion;
import se.maltavla.fulfilment.GuidelineGroup;
import se.maltavla.fulfilment.GuidelineShares;
import se.maltavla.fulfilment.calculator.GuidelineSubject.Row;

/** docs/fulfilment.md §5.2, the guideline check and its shares. */
class GuidelineCheckTest {

    private static final GuidelineGroup KS = GuidelineGroup.committee(1);
    private static final GuidelineGroup MBN = GuidelineGroup.committee(2);
    private static final GuidelineGroup HALLBARA_STADER = GuidelineGroup.element(100);

    /** A row meeting every criterion: a tal indicator with baseline, owner, executor, dates. */
    private static final Row GOOD = new Row(true, true, true, true, true, true, true, false);

    @Test
    void a_goal_with_one_indicator_row_lacking_an_owner_fails_agare() {
        Row noOwner = new Row(false, true, true, true, true, true, true, false);

        assertThat(GuidelineCheck.failed(goal(10, Set.of(KS), GOOD, noOwner))).containsExactly(OWNER);
        assertThat(GuidelineCheck.failed(goal(11, Set.of(KS), GOOD, GOOD))).isEmpty();
    }

    @Test
    void a_milestone_needs_no_baseline_but_a_number_indicator_does() {
        Row milestone = Row.indicator(IndicatorInput.yesNo(1, null, List.of()), true, true, true, true, true);
        Row numberWithoutBaseline = Row.indicator(
                IndicatorInput.number(2, Direction.OKA, null, new BigDecimal("12"), null, List.of()),
                true,
                true,
                true,
                true,
                true);

        assertThat(GuidelineCheck.failed(goal(10, Set.of(KS), milestone))).isEmpty();
        assertThat(GuidelineCheck.failed(goal(11, Set.of(KS), milestone, numberWithoutBaseline)))
                .containsExactly(BASELINE);
    }

    @Test
    void a_goal_whose_only_indicator_is_not_measurable_fails_matbar() {
        // minska without a baseline: ej_matbar (section 2), and no baseline either
        Row notMeasurable = Row.indicator(
                IndicatorInput.number(1, Direction.MINSKA, null, new BigDecimal("150"), null, List.of()),
                true,
                true,
                true,
                true,
                true);

        assertThat(GuidelineCheck.failed(goal(10, Set.of(KS), notMeasurable))).containsExactly(MEASURABLE, BASELINE);
    }

    @Test
    void a_goal_with_the_default_target_date_fails_maldatum() {
        Row defaultDate = new Row(true, true, true, true, true, true, false, false);

        assertThat(GuidelineCheck.failed(goal(10, Set.of(KS), GOOD, defaultDate)))
                .containsExactly(TARGET_DATE);
    }

    @Test
    void a_goal_without_indicators_has_nothing_on_record_and_fails_every_criterion() {
        assertThat(GuidelineCheck.failed(goal(10, Set.of(KS)))).containsExactly(GuidelineCriterion.values());
    }

    @Test
    void an_activity_without_executor_fails_utforare_and_is_never_checked_for_smart() {
        GuidelineSubject activity = GuidelineSubject.activity(7, Set.of(KS), true, false, true, true);

        assertThat(GuidelineCheck.failed(activity)).containsExactly(EXECUTOR);
        assertThat(activity.applicable()).containsExactly(OWNER, EXECUTOR, ANCHORED, REPORTED);
    }

    @Test
    void anchored_and_reported_are_met_by_a_date_or_a_yes_word_not_by_nej_or_empty() {
        assertThat(Row.confirmed(true, LocalDate.of(2017, 3, 14))).isTrue(); // a date
        assertThat(Row.confirmed(true, null)).isTrue(); // "ja", date unknown
        assertThat(Row.confirmed(false, null)).isFalse(); // "nej"
        assertThat(Row.confirmed(null, null)).isFalse(); // empty
    }

    @Test
    void an_owner_or_executor_is_present_when_some_text_is_given() {
        assertThat(Row.present("Kommunledningskontoret")).isTrue();
        assertThat(Row.present(" ")).isFalse();
        assertThat(Row.present(null)).isFalse();
    }

    @Test
    void shares_per_namnd_are_exact_fractions_shown_with_one_decimal() {
        Row noOwner = new Row(false, true, true, true, true, true, true, false);
        List<GuidelineSubject> subjects =
                List.of(goal(10, Set.of(KS), GOOD), goal(11, Set.of(KS), GOOD), goal(12, Set.of(KS), noOwner));

        GuidelineShares ks = GuidelineCheck.shares(subjects).get(KS);

        GuidelineShares.Share owner = ks.share(OWNER);
        assertThat(owner.met()).isEqualTo(2);
        assertThat(owner.applicable()).isEqualTo(3);
        assertThat(owner.percent())
                .isEqualByComparingTo(new BigDecimal("200").divide(new BigDecimal("3"), MathContext.DECIMAL128));
        assertThat(owner.shown()).isEqualTo("66,7");
        assertThat(ks.share(EXECUTOR).shown()).isEqualTo("100,0");
        assertThat(ks.allMet()).isEqualTo(new GuidelineShares.Share(2, 3));
        assertThat(ks.subjects()).isEqualTo(3);
    }

    @Test
    void goals_and_activities_count_together_but_smart_only_over_goals() {
        List<GuidelineSubject> subjects = List.of(
                goal(10, Set.of(KS), GOOD),
                GuidelineSubject.activity(7, Set.of(KS), true, false, true, true),
                GuidelineSubject.activity(8, Set.of(KS), true, true, true, true));

        GuidelineShares ks = GuidelineCheck.shares(subjects).get(KS);

        assertThat(ks.share(EXECUTOR)).isEqualTo(new GuidelineShares.Share(2, 3));
        assertThat(ks.share(MEASURABLE)).isEqualTo(new GuidelineShares.Share(1, 1));
        assertThat(ks.allMet()).isEqualTo(new GuidelineShares.Share(2, 3));
    }

    @Test
    void a_subject_in_two_groups_counts_in_both() {
        Row noExecutor = new Row(true, false, true, true, true, true, true, false);
        List<GuidelineSubject> subjects = List.of(
                goal(10, Set.of(KS, HALLBARA_STADER), noExecutor), goal(20, Set.of(MBN, HALLBARA_STADER), GOOD));

        Map<GuidelineGroup, GuidelineShares> shares = GuidelineCheck.shares(subjects);

        assertThat(shares.keySet()).containsExactlyInAnyOrder(KS, MBN, HALLBARA_STADER);
        assertThat(shares.get(KS).share(EXECUTOR)).isEqualTo(new GuidelineShares.Share(0, 1));
        assertThat(shares.get(MBN).share(EXECUTOR)).isEqualTo(new GuidelineShares.Share(1, 1));
        assertThat(shares.get(HALLBARA_STADER).share(EXECUTOR)).isEqualTo(new GuidelineShares.Share(1, 2));
        assertThat(shares.get(HALLBARA_STADER).share(EXECUTOR).shown()).isEqualTo("50,0");
    }

    @Test
    void a_group_with_nothing_the_criterion_applies_to_has_an_empty_share_not_zero() {
        // MBN has only an activity: SMART does not apply there
        List<GuidelineSubject> subjects = List.of(GuidelineSubject.activity(7, Set.of(MBN), true, true, true, true));

        GuidelineShares mbn = GuidelineCheck.shares(subjects).get(MBN);

        assertThat(mbn.share(MEASURABLE).applicable()).isZero();
        assertThat(mbn.share(MEASURABLE).percent()).isNull();
        assertThat(mbn.share(MEASURABLE).shown()).isEmpty();
        assertThat(mbn.share(OWNER).shown()).isEqualTo("100,0");
    }

    @Test
    void groups_asked_for_are_all_reported_and_only_they() {
        List<GuidelineSubject> subjects = List.of(goal(10, Set.of(KS, HALLBARA_STADER), GOOD));

        Map<GuidelineGroup, GuidelineShares> shares = GuidelineCheck.shares(subjects, List.of(KS, MBN));

        assertThat(shares.keySet()).containsExactly(KS, MBN);
        assertThat(shares.get(KS).allMet()).isEqualTo(new GuidelineShares.Share(1, 1));
        assertThat(shares.get(MBN).subjects()).isZero();
        assertThat(shares.get(MBN).allMet().percent()).isNull();
        assertThat(shares.get(MBN).share(OWNER).percent()).isNull();
    }

    @Test
    void subjects_breaking_the_guidelines_are_listed_with_what_they_fail() {
        GuidelineSubject fine = GuidelineSubject.activity(7, Set.of(KS), true, true, true, true);
        GuidelineSubject unreported = GuidelineSubject.activity(8, Set.of(KS), false, true, true, false);
        GuidelineSubject goal = goal(10, Set.of(KS), new Row(true, true, false, true, true, true, false, false));

        List<GuidelineCheck.Finding> breaking = GuidelineCheck.breaking(List.of(fine, unreported, goal));

        assertThat(breaking).extracting(f -> f.subject().id()).containsExactly(8L, 10L);
        assertThat(breaking.get(0).failed())
                .extracting(GuidelineCriterion::code)
                .containsExactly("agare", "rapporterad");
        assertThat(breaking.get(1).failed())
                .extracting(GuidelineCriterion::code)
                .containsExactly("forankrad", "maldatum");
    }

    @Test
    void criterion_codes_are_stable() {
        assertThat(GuidelineCriterion.values())
                .extracting(GuidelineCriterion::code)
                .containsExactly("agare", "utforare", "forankrad", "rapporterad", "matbar", "utgangsvarde", "maldatum");
        assertThat(GuidelineCriterion.fromCode("utgangsvarde")).isEqualTo(BASELINE);
        assertThat(GuidelineCriterion.values())
                .filteredOn(GuidelineCriterion::smart)
                .containsExactly(MEASURABLE, BASELINE, TARGET_DATE);
    }

    private static GuidelineSubject goal(long id, Set<GuidelineGroup> groups, Row... rows) {
        return GuidelineSubject.goal(id, groups, List.of(rows));
    }
}
