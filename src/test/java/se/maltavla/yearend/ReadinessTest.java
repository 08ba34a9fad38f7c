package se.maltavla.yearend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.maltavla.fulfilment.GuidelineCriterion;
import se.maltavla.support.ImportTestBase;

/** Before locking, what is missing per nämnd (issue 11, section 1): it warns, it never blocks. */
@WithMockUser(username = "koordinatorn", roles = "COORDINATOR")
class ReadinessTest extends ImportTestBase {

    @Autowired
    YearEndService yearEnd;

    @Test
    void
            lists_per_namnd_goals_without_values_unmeasurable_indicators_goals_without_text_and_activities_off_the_rules() {
        importStrategyAndPlan();
        inbox.write(
                "handlingsplan-2.csv",
                PLAN_HEADER,
                "1081;Kommunstyrelsen;2016;M2;Färre resor;I3;Antal flygresor;tal;minska;;10;PO1;");
        inbox.write("utfall.csv", UTFALL_HEADER, "1081;I1;2016;5", "1081;I3;2016;12");
        inbox.write("berattelse.csv", "kommun;ar;kod;text", "1081;2016;M2;Resorna minskade inte.");
        inbox.write(
                "aktiviteter.csv",
                "kommun;aktivitet_kod;typ;namn;namnd;startdatum;agare;utforare;forankrad;rapporterad",
                "1081;A1;projekt;Projekt utan ägare;Kommunstyrelsen;2016-02-01;;Samordnaren;ja;ja");
        run();

        Readiness readiness = yearEnd.readiness("1081", 2016);

        assertThat(readiness.complete()).isFalse();
        Readiness.Committee ks = readiness.committees().stream()
                .filter(c -> c.name().equals("Kommunstyrelsen"))
                .findFirst()
                .orElseThrow();
        assertThat(ks.goalsWithoutValues())
                .extracting(Readiness.Goal::code, Readiness.Goal::indicators, Readiness.Goal::indicatorsWithValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("M1", 2, 1));
        assertThat(ks.notMeasurable())
                .extracting(Readiness.Indicator::code, Readiness.Indicator::goalCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("I3", "M2"));
        assertThat(ks.goalsWithoutText()).extracting(Readiness.Goal::code).containsExactly("M1");
        assertThat(ks.breakingGuidelines()).extracting(Readiness.Activity::code).containsExactly("A1");
        assertThat(ks.breakingGuidelines().getFirst().failed()).containsExactly(GuidelineCriterion.OWNER);

        yearEnd.lock("1081", 2016, null);
        assertThat(yearEnd.state("1081", 2016).locked())
                .as("a warning, not a block")
                .isTrue();
    }

    @Test
    void lists_the_files_whose_rejected_rows_about_the_year_still_stand_until_a_later_file_sets_them_right() {
        importStrategyAndPlan();
        inbox.write(
                "utfall-nämnden.csv",
                UTFALL_HEADER,
                "1081;I1;2016;5",
                "1081;I1;2016-Q2;många", // rejected: not a number
                "1081;I2;2016;kanske", // rejected: neither ja nor nej
                "1081;I1;2015;tre", // another year: not this year's concern
                "1082;I1;2016;tre"); // another municipality
        run();

        Readiness before = yearEnd.readiness("1081", 2016);
        assertThat(before.rejectedFiles())
                .extracting(
                        Readiness.RejectedFile::fileName,
                        Readiness.RejectedFile::kind,
                        Readiness.RejectedFile::rows,
                        Readiness.RejectedFile::firstLine)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("utfall-nämnden.csv", "utfall", 2L, 3L));
        assertThat(before.complete()).isFalse();

        // A later file gives I1's second-quarter value: that row is set right, I2's still stands.
        inbox.write("rattelse.csv", UTFALL_HEADER, "1081;I1;2016-Q2;4");
        run();
        assertThat(yearEnd.readiness("1081", 2016).rejectedFiles())
                .extracting(Readiness.RejectedFile::fileName, Readiness.RejectedFile::rows)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("utfall-nämnden.csv", 1L));

        // The committee sends its file again, corrected: nothing stands.
        inbox.write("utfall-nämnden.csv", UTFALL_HEADER, "1081;I1;2016;5", "1081;I2;2016;nej");
        run();
        assertThat(yearEnd.readiness("1081", 2016).rejectedFiles()).isEmpty();
    }
}
