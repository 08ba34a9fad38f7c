package se.maltavla.activity;

import java.util.ArrayList;
import java.util.List;

/**
 * One partner organisation of an activity.
 *
 * @param name as written in {@code partner}; null for an activity whose partner is not named
 * @param countryCode the activity's {@code land} (ISO 3166-1 alpha-2), the only country the file
 *     gives; null when it has none
 */
public record Partner(String name, String countryCode) {

    /**
     * The partners in a {@code partner} cell: names separated by ';', each in the activity's
     * country. A country written beside a name, "Klaipėda (LT)", is not read as one: "(GR)" in
     * "Göteborgsregionen (GR)" is no more Greece than it is a country at all. An activity without
     * a named partner still has one, unnamed, in its country.
     */
    public static List<Partner> parse(String partnerCell, String activityCountry) {
        List<Partner> partners = new ArrayList<>();
        if (partnerCell != null) {
            for (String part : partnerCell.split(";")) {
                if (!part.isBlank()) {
                    partners.add(new Partner(part.strip(), activityCountry));
                }
            }
        }
        if (partners.isEmpty()) {
            partners.add(new Partner(null, activityCountry));
        }
        return List.copyOf(partners);
    }
}
