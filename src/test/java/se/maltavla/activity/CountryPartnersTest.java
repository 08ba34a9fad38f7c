package se.maltavla.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static se.maltavla.activity.TestActivities.activity;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountryPartnersTest {

    @Test
    void counts_partners_per_country_most_first_with_the_activities_they_take_part_in() {
        Activity twin = activity(1, "A", "Stadt Schopfheim", "DE", null, null);
        Activity project = activity(2, "B", "Stadt Schopfheim; Høyanger kommune", "DE", null, null);
        Activity network = activity(3, "C", "Eurocities", "BE", null, null);
        Activity unknown = activity(4, "D", "Någon", null, null, null);

        List<CountryPartners> countries = CountryPartners.of(List.of(network, twin, unknown, project));

        assertThat(countries).extracting(CountryPartners::countryCode).containsExactly("DE", "BE", null);
        assertThat(countries.get(0).partners()).hasSize(3);
        assertThat(countries.get(0).activities()).containsExactly(twin, project);
        assertThat(countries.get(2).activities()).containsExactly(unknown);
    }

    @Test
    void totals_budget_and_external_funding_of_the_activities_that_have_either() {
        FundingSummary funding = FundingSummary.of(List.of(
                activity(1, "A", null, "PL", "2400000", "1800000"),
                activity(2, "B", null, "SE", "45000", null),
                activity(3, "C", null, "FI", null, null)));

        assertThat(funding.activities()).extracting(Activity::code).containsExactly("A", "B");
        assertThat(funding.budgetSek()).isEqualByComparingTo("2445000");
        assertThat(funding.externalFundingSek()).isEqualByComparingTo("1800000");
    }
}
