package se.maltavla.yearend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.maltavla.fulfilment.Status;
import se.maltavla.support.ImportTestBase;

/** The steering group's pack (issue 11, section 5): what changed between two meetings. */
@WithMockUser(username = "koordinatorn", roles = "COORDINATOR")
class SteeringPackTest extends ImportTestBase {

    private static final LocalDate FIRST_TERTIAL = LocalDate.of(2016, 4, 30);
    private static final LocalDate SECOND_TERTIAL = LocalDate.of(2016, 8, 31);

    @Autowired
    YearEndService yearEnd;

    @Test
    void lists_status_changes_moves_new_values_silent_namnder_forecasts_turned_to_risk_activities_and_new_breaches() {
        importStrategyAndPlan();
        inbox.write(
                "handlingsplan-2.csv",
                PLAN_HEADER,
                "1081;Socialnämnden;2016;S1;Fler utbyten;S1a;Antal utbyten;tal;oka;0;4;PO1;");
        inbox.write(
                "utfall.csv",
                UTFALL_HEADER,
                "1081;I1;2016-T1;2",
                "1081;I1;2016-T2;6",
                "1081;I2;2016-T2;ja",
                "1081;S1a;2016-T1;1");
        inbox.write(
                "aktiviteter.csv",
                "kommun;aktivitet_kod;typ;namn;namnd;startdatum;slutdatum;agare;utforare;forankrad;rapporterad",
                "1081;A1;projekt;Nytt projekt;Kommunstyrelsen;2016-06-01;;;Samordnaren;ja;ja",
                "1081;A2;utbyte;Utbyte;Socialnämnden;2016-01-10;2016-05-15;Chef;Samordnaren;ja;ja");
        run();

        SteeringPack pack = yearEnd.changes("1081", 2016, FIRST_TERTIAL, SECOND_TERTIAL);

        assertThat(pack.statusChanged())
                .extracting(
                        SteeringPack.GoalChange::code,
                        SteeringPack.GoalChange::fromStatus,
                        SteeringPack.GoalChange::toStatus)
                .containsExactly(Tuple.tuple("M1", Status.EJ_UPPFYLLT, Status.DELVIS));
        assertThat(pack.moved())
                .extracting(
                        SteeringPack.GoalChange::code,
                        c -> c.fromPercent().toPlainString(),
                        c -> c.toPercent().toPlainString())
                .containsExactly(Tuple.tuple("M1", "20.0", "80.0"));
        assertThat(pack.newValues())
                .filteredOn(c -> c.committee().equals("Kommunstyrelsen"))
                .singleElement()
                .satisfies(c -> assertThat(c.values())
                        .extracting(SteeringPack.NewValue::indicatorCode, SteeringPack.NewValue::period)
                        .containsExactly(Tuple.tuple("I1", "2016-T2"), Tuple.tuple("I2", "2016-T2")));
        assertThat(pack.silentCommittees()).containsExactly("Socialnämnden");
        assertThat(pack.turnedToRisk())
                .extracting(SteeringPack.GoalChange::code)
                .containsExactly("M1");
        assertThat(pack.started()).extracting(SteeringPack.ActivityChange::code).containsExactly("A1");
        assertThat(pack.ended()).extracting(SteeringPack.ActivityChange::code).containsExactly("A2");
        assertThat(pack.newBreaches())
                .extracting(SteeringPack.Breach::kind, SteeringPack.Breach::code)
                .contains(Tuple.tuple("aktivitet", "A1"));
    }

    @Test
    void by_default_compares_the_previous_tertial_end_with_the_latest_date() {
        importStrategyAndPlan();

        SteeringPack pack = yearEnd.changes("1081", 2016, null, null);

        assertThat(pack.from()).isEqualTo(SECOND_TERTIAL);
        assertThat(pack.to()).isEqualTo(LocalDate.of(2016, 12, 31));
        assertThatThrownBy(() -> yearEnd.changes("1081", 2016, SECOND_TERTIAL, FIRST_TERTIAL))
                .hasMessage("yearend.pack.dates");
    }
}
