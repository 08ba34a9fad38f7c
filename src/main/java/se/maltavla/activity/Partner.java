package se.maltavla.activity;

import java.util.ArrayList;
import java.util.List;

/**
 * One partner organisation of an activity.
 *
 * @param name as written in {@code partner}; null for an activity whose partner is not named
 * @param countryCode its country (ISO 3166-1 alpha-2): its own when the activity's {@code land}
 *     lists one per partner, else the activity's one country; null when the file gives none
 */
public record Partner(String name, String countryCode) {

    /**
     * The partners in a {@code partner} cell: names separated by ';', each in the activity's
     * country. A country written beside a name, "Klaipėda (LT)", is not read as one: "(GR)" in
     * "Göteborgsregionen (GR)" is no more Greece than it is a country at all. An activity without
     * a named partner still has one, unnamed, in its country.
     */
    public static List<Partner> parse(String partnerCell, String activityCountry) {
        return parse(partnerCell, activityCountry, List.of());
    }

    /**
     * The partners in a {@code partner} cell, each in its own country when {@code land} listed one
     * per partner ({@code partnerCountries}, in the partners' order), else in the activity's.
     */
    public static List<Partner> parse(String partnerCell, String activityCountry, List<String> partnerCountries) {
        List<String> names = names(partnerCell);
        if (partnerCountries.size() > 1 && partnerCountries.size() == names.size()) {
            List<Partner> own = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                own.add(new Partner(names.get(i), partnerCountries.get(i)));
            }
            return List.copyOf(own);
        }
        return inOneCountry(names, activityCountry);
    }

    /** The names in a {@code partner} cell, separated by ';', in order. */
    public static List<String> names(String partnerCell) {
        List<String> names = new ArrayList<>();
        if (partnerCell != null) {
            for (String part : partnerCell.split(";")) {
                if (!part.isBlank()) {
                    names.add(part.strip());
                }
            }
        }
        return names;
    }

    private static List<Partner> inOneCountry(List<String> names, String activityCountry) {
        List<Partner> partners = new ArrayList<>();
        names.forEach(name -> partners.add(new Partner(name, activityCountry)));
        if (partners.isEmpty()) {
            partners.add(new Partner(null, activityCountry));
        }
        return List.copyOf(partners);
    }
}
