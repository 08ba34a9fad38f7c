package se.maltavla.dashboard.ui.activities;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.maltavla.activity.Activity;
import se.maltavla.activity.CountryPartners;
import se.maltavla.activity.map.EuropeMap;
import se.maltavla.activity.map.MapImage;
import se.maltavla.activity.map.MapTexts;
import se.maltavla.shared.ui.HtmlTable;

/**
 * Partners by country on the map of Europe shipped with Måltavla, with its text alternative: the
 * map's title and description, the countries the map cannot show, and the same figures as a table.
 */
class PartnerMap extends Section {

    PartnerMap(ActivityFacts facts) {
        setId("partner-map");
        String year = String.valueOf(facts.year());
        add(new H2(getTranslation("activities.map.heading")));
        List<CountryPartners> countries = CountryPartners.of(facts.activities());
        Map<String, Integer> counts = new LinkedHashMap<>();
        countries.stream()
                .filter(c -> c.countryCode() != null)
                .forEach(c -> counts.put(c.countryCode(), c.partners().size()));
        int partners = counts.values().stream().mapToInt(Integer::intValue).sum();
        MapImage map = EuropeMap.shared()
                .render(
                        counts,
                        ActivityFacts.HOME,
                        new MapTexts(
                                getLocale(),
                                getTranslation("activities.map.title", year),
                                getTranslation("activities.map.description", partners, counts.size()),
                                getTranslation("activities.map.legend"),
                                getTranslation("activities.map.home")));
        Div image = new Div(new Svg(map.svg()));
        image.addClassNames("chart", "europe-map-frame");
        add(image);
        if (!map.unplaced().isEmpty()) {
            Paragraph unplaced = new Paragraph(getTranslation(
                    "activities.map.unplaced",
                    map.unplaced().stream()
                            .map(code -> ActivityFacts.countryName(code, getLocale()) + " (" + counts.get(code) + ")")
                            .collect(Collectors.joining(", "))));
            unplaced.setId("map-unplaced");
            add(unplaced);
        }
        countries.stream().filter(c -> c.countryCode() == null).findFirst().ifPresent(c -> {
            Paragraph none = new Paragraph(getTranslation("activities.map.nocountry", activities(c.activities())));
            none.setId("map-no-country");
            add(none);
        });
        add(table(countries, year));
    }

    private HtmlTable table(List<CountryPartners> countries, String year) {
        HtmlTable table = new HtmlTable(
                getTranslation("activities.map.table", year),
                getTranslation("activities.map.table.country"),
                getTranslation("activities.map.table.partners"),
                getTranslation("activities.map.table.activities"));
        table.setId("partner-table");
        countries.stream().filter(c -> c.countryCode() != null).forEach(c -> {
            Span partners = new Span(String.valueOf(c.partners().size()));
            NativeTableRow row = table.addRow(
                    new Span(ActivityFacts.countryName(c.countryCode(), getLocale())),
                    partners,
                    activities(c.activities()));
            row.getElement().setAttribute("data-country", c.countryCode());
            partners.getParent().ifPresent(cell -> cell.addClassName("number"));
        });
        return table;
    }

    private static String activities(List<Activity> activities) {
        return activities.stream().map(Activity::name).collect(Collectors.joining("; "));
    }
}
