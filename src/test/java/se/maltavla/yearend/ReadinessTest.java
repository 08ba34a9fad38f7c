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
}
