package se.maltavla.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.maltavla.dataimport.FileResult;
import se.maltavla.dataimport.ImportRunResult;
import se.maltavla.support.ImportTestBase;

/**
 * An activity's {@code land} may list one country per partner (issue 11, section 6): "Elbląg (PL);
 * Klaipėda (LT); Kalmar kommun (SE)" with land PL|LT|SE counts one partner in each country, not
 * three in Poland; one country still means all partners; every existing file stays valid.
 */
class PartnerCountriesTest extends ImportTestBase {

    private static final String HEADER = "kommun;aktivitet_kod;typ;namn;partner;land;startdatum";

    @Autowired
    ActivityService activities;

    private ImportRunResult importActivities(String... rows) {
        String[] lines = new String[rows.length + 1];
        lines[0] = HEADER;
        System.arraycopy(rows, 0, lines, 1, rows.length);
        inbox.write("aktiviteter.csv", lines);
        return run();
    }

    private Activity activity(String code) {
        return activities.activities("1081", 2016).stream()
                .filter(a -> a.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void each_partner_is_counted_in_its_own_country_when_land_lists_one_per_partner() {
        importStrategyAndPlan();
        importActivities(
                "1081;A1;natverk;Östersjönätverket;\"Elbląg; Klaipėda; Kalmar kommun\";PL|Litauen|SE;2016-02-01",
                "1081;A2;vanort;Vänort;Schopfheim;Tyskland;2016-03-01");

        assertThat(activity("A1").partners())
                .extracting(Partner::name, Partner::countryCode)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Elbląg", "PL"),
                        org.assertj.core.groups.Tuple.tuple("Klaipėda", "LT"),
                        org.assertj.core.groups.Tuple.tuple("Kalmar kommun", "SE"));
        List<CountryPartners> byCountry = CountryPartners.of(activities.activities("1081", 2016));
        assertThat(byCountry)
                .extracting(CountryPartners::countryCode, c -> c.partners().size())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("PL", 1),
                        org.assertj.core.groups.Tuple.tuple("LT", 1),
                        org.assertj.core.groups.Tuple.tuple("SE", 1),
                        org.assertj.core.groups.Tuple.tuple("DE", 1));
        assertThat(activity("A1").countryCode())
                .as("the first, for what shows one country")
                .isEqualTo("PL");
    }

    @Test
    void one_country_still_means_every_partner_and_a_list_of_the_wrong_length_is_rejected() {
        importStrategyAndPlan();
        ImportRunResult result = importActivities(
                "1081;A1;projekt;Projekt;\"Elbląg; Klaipėda\";PL;2016-02-01",
                "1081;A2;projekt;Projekt 2;\"Elbląg; Klaipėda; Kalmar kommun\";PL|LT;2016-02-01",
                "1081;A3;projekt;Projekt 3;\"Elbląg; Klaipėda\";PL|Atlantis;2016-02-01");

        assertThat(activity("A1").partners()).extracting(Partner::countryCode).containsExactly("PL", "PL");
        FileResult file = file(result, "aktiviteter.csv");
        assertThat(file.rowsRejected()).isEqualTo(2);
        assertThat(file.firstRejections().get(0).reason())
                .isEqualTo(
                        "Kolumnen land har 2 länder men partner har 3 partner. Skriv ett land för alla, eller ett land per partner i "
                                + "samma ordning (t.ex. PL|LT|SE).");
        assertThat(file.firstRejections().get(1).reason()).startsWith("Okänt land i listan: Atlantis.");
    }
}
