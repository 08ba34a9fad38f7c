package se.maltavla.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import se.maltavla.activity.Activity;
import se.maltavla.activity.CountryPartners;
import se.maltavla.activity.Partner;

/**
 * A plan year's international activities (docs/import-contract.md §6): each with its partners in
 * their own countries, and the partners counted by country, as the map counts them.
 */
@Schema(name = "Aktiviteter")
record ActivitiesView(
        @JsonProperty("kommun") String municipality,
        @JsonProperty("ar") int year,
        @JsonProperty("aktiviteter") List<Item> activities,

        @JsonProperty("lander")
        @Schema(
                description = "partner per land, flest först; land null för partner utan land / "
                        + "partners by country, most first")
        List<Country> countries) {

    static ActivitiesView of(String municipality, int year, List<Activity> activities) {
        return new ActivitiesView(
                municipality,
                year,
                activities.stream().map(Item::of).toList(),
                CountryPartners.of(activities).stream()
                        .map(c -> new Country(
                                c.countryCode(),
                                c.partners().size(),
                                c.activities().stream().map(Activity::code).toList()))
                        .toList());
    }

    @Schema(name = "Aktivitet")
    record Item(
            @JsonProperty("aktivitet_kod") String code,
            @JsonProperty("typ") String type,
            @JsonProperty("namn") String name,
            @JsonProperty("namnd") String committee,
            @JsonProperty("partner") List<PartnerItem> partners,
            @JsonProperty("startdatum") LocalDate start,
            @JsonProperty("slutdatum") LocalDate end,
            @JsonProperty("budget_sek") BigDecimal budget,
            @JsonProperty("extern_finansiering_sek") BigDecimal externalFunding,
            @JsonProperty("finansiar") String funder) {

        static Item of(Activity a) {
            return new Item(
                    a.code(),
                    a.type().code(),
                    a.name(),
                    a.committee(),
                    a.partners().stream().map(PartnerItem::of).toList(),
                    a.start(),
                    a.end(),
                    a.budgetSek(),
                    a.externalFundingSek(),
                    a.funder());
        }
    }

    @Schema(name = "Partner")
    record PartnerItem(
            @JsonProperty("namn") String name,

            @JsonProperty("land") @Schema(description = "ISO 3166-1 alfa-2")
            String country) {

        static PartnerItem of(Partner p) {
            return new PartnerItem(p.name(), p.countryCode());
        }
    }

    @Schema(name = "PartnerLand")
    record Country(
            @JsonProperty("land") String country,
            @JsonProperty("partner") int partners,
            @JsonProperty("aktiviteter") List<String> activities) {}
}
