package se.maltavla.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.maltavla.support.ImportTestBase;

class ActivityServiceTest extends ImportTestBase {

    static final String HEADER = "kommun;aktivitet_kod;typ;namn;namnd;partner;land;startdatum;slutdatum;budget_sek;"
            + "extern_finansiering_sek;finansiar;kopplingar;perspektiv;agare;utforare;forankrad;rapporterad";

    @Autowired
    ActivityService activities;

    @BeforeEach
    void importActivities() {
        inbox.write(
                "strategi.csv",
                STRATEGY_HEADER,
                "1081;S1;strategi;S1;Internationell strategi;;2016-01-01;",
                "1081;S1;prioriterat_omrade;PO1;Hållbara städer;FM1;;",
                "1081;S1;fullmaktigemal;FM1;Attraktivt boende;;;",
                "1081;S1;perspektiv;PER1;Jämställdhet;;;");
        writePlan();
        inbox.write(
                "aktiviteter.csv",
                HEADER,
                "1081;VO-SCHOPFHEIM;vanort;Vänort Schopfheim;Kommunstyrelsen;Stadt Schopfheim;DE;2016-01-01;2016-12-31;;;;PO1|FM1;;KS;Kansliet;ja;ja",
                "1081;PR-BALTIC;projekt;BalticWater;;\"Elbląg; Klaipėda\";Polen;2016-09-01;2017-01-01;2 400 000;1 800 000;Interreg;PO1;PER1;VD;;;",
                "1081;NV-EUROCITIES;natverk;Eurocities;Kommunstyrelsen;Eurocities;BE;2017-12-31;;45 000;;;FM1;;KS;;ja;",
                "1081;UT-LATE;utbyte;Utbyte 2018;Kommunstyrelsen;Høyanger kommune;NO;2018-01-01;2018-01-05;;;;;;;;;",
                "1081;OB-ALWAYS;omvarldsbevakning;Brysselkontoret;;;;;;;;;;;;;;");
        var result = run();
        assertThat(result.exitStatus()).as(result.toString()).isZero();
    }

    @Test
    void lists_the_activities_running_some_time_in_the_year_by_type_then_code() {
        assertThat(activities.activities("1081", 2016))
                .extracting(Activity::code)
                .containsExactly("VO-SCHOPFHEIM", "PR-BALTIC", "OB-ALWAYS");
        assertThat(activities.activities("1081", 2017))
                .extracting(Activity::code)
                .as("ended on the year's first day, started on its last day, no dates at all")
                .containsExactly("PR-BALTIC", "NV-EUROCITIES", "OB-ALWAYS");
        assertThat(activities.activities("1081", 2018))
                .extracting(Activity::code)
                .containsExactly("NV-EUROCITIES", "UT-LATE", "OB-ALWAYS");
        assertThat(activities.activities("1384", 2016)).isEmpty();
    }

    @Test
    void reads_partner_country_period_money_nämnd_links_and_perspectives() {
        List<Activity> all = activities.activities("1081", 2016);
        Activity twinTown = all.getFirst();
        Activity project = all.get(1);

        assertThat(twinTown.type()).isEqualTo(ActivityType.TWIN_TOWN);
        assertThat(twinTown.name()).isEqualTo("Vänort Schopfheim");
        assertThat(twinTown.committee()).isEqualTo("Kommunstyrelsen");
        assertThat(twinTown.partners()).containsExactly(new Partner("Stadt Schopfheim", "DE"));
        assertThat(twinTown.start()).isEqualTo(LocalDate.of(2016, 1, 1));
        assertThat(twinTown.end()).isEqualTo(LocalDate.of(2016, 12, 31));
        assertThat(twinTown.links())
                .extracting(LinkedElement::code, LinkedElement::name)
                .containsExactly(tuple("PO1", "Hållbara städer"), tuple("FM1", "Attraktivt boende"));
        assertThat(twinTown.hasFunding()).isFalse();
        assertThat(twinTown.sourceFile()).isEqualTo("aktiviteter.csv");
        assertThat(twinTown.sourceLine()).isEqualTo(2L);

        assertThat(project.countryCode()).as("Polen, normalised on import").isEqualTo("PL");
        assertThat(project.partner()).isEqualTo("Elbląg; Klaipėda");
        assertThat(project.partners()).extracting(Partner::name).containsExactly("Elbląg", "Klaipėda");
        assertThat(project.committee()).isNull();
        assertThat(project.budgetSek()).isEqualByComparingTo("2400000");
        assertThat(project.externalFundingSek()).isEqualByComparingTo("1800000");
        assertThat(project.funder()).isEqualTo("Interreg");
        assertThat(project.perspectives())
                .extracting(LinkedElement::code, LinkedElement::type)
                .containsExactly(tuple("PER1", "perspektiv"));
    }
}
