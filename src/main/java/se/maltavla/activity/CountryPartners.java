package se.maltavla.activity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The partners in one country and the activities they take part in: what the map of Europe and
 * its table show.
 *
 * @param countryCode ISO 3166-1 alpha-2; null for the partners whose country is not known
 */
public record CountryPartners(String countryCode, List<Partner> partners, List<Activity> activities) {

    public CountryPartners {
        partners = List.copyOf(partners);
        activities = List.copyOf(activities);
    }

    /**
     * The activities' partners grouped by country: most partners first, then by code; partners
     * without a country last. An activity appears under each country it has partners in.
     */
    public static List<CountryPartners> of(List<Activity> activities) {
        Map<String, List<Partner>> partners = new LinkedHashMap<>();
        Map<String, Set<Activity>> activitiesByCountry = new LinkedHashMap<>();
        for (Activity activity : activities) {
            for (Partner partner : activity.partners()) {
                String key = Objects.requireNonNullElse(partner.countryCode(), "");
                partners.computeIfAbsent(key, k -> new ArrayList<>()).add(partner);
                activitiesByCountry
                        .computeIfAbsent(key, k -> new LinkedHashSet<>())
                        .add(activity);
            }
        }
        return partners.keySet().stream()
                .map(key -> new CountryPartners(
                        key.isEmpty() ? null : key, partners.get(key), List.copyOf(activitiesByCountry.get(key))))
                .sorted(Comparator.comparing((CountryPartners c) -> c.countryCode() == null)
                        .thenComparing(c -> -c.partners().size())
                        .thenComparing(c -> Objects.requireNonNullElse(c.countryCode(), "")))
                .toList();
    }
}
