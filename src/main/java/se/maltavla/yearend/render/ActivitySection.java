package se.maltavla.yearend.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import se.maltavla.activity.Activity;
import se.maltavla.activity.CountryPartners;
import se.maltavla.activity.FundingSummary;
import se.maltavla.activity.Partner;
import se.maltavla.activity.chart.FundingChart;
import se.maltavla.activity.map.EuropeMap;
import se.maltavla.activity.map.MapImage;
import se.maltavla.activity.map.MapTexts;
import se.maltavla.fulfilment.GuidelineReport;
import se.maltavla.yearend.content.ActivityPart;
import se.maltavla.yearend.content.YearEndReport;

/**
 * The international activities: twin towns, projects, networks, exchanges and monitoring; their
 * partners by country on the map of Europe, with the same figures as a table; external funding
 * against own budget as a chart and a table; and the activities that break a guideline.
 */
final class ActivitySection {

    static final String ID = "aktiviteter";
    static final String HOME = "SE";
    private static final int IMAGE_WIDTH = 620;

    private ActivitySection() {}

    static void write(Xhtml x, ReportTexts t, YearEndReport report) {
        ActivityPart part = report.activities();
        int year = report.heading().year();
        x.open("section", "id", ID).element("h2", t.get("report.activities"));
        if (part.activities().isEmpty()) {
            x.element("p", t.get("report.activities.none", year)).close("section");
            return;
        }
        list(x, t, part, year);
        map(x, t, part, year);
        funding(x, t, part.funding(), year);
        breaches(x, t, part);
        x.close("section");
    }

    private static void list(Xhtml x, ReportTexts t, ActivityPart part, int year) {
        x.element("h3", t.get("report.activities.list"));
        Cells.openTable(
                x,
                "activities-table",
                t.get("report.activities.table", year, part.activities().size()),
                t.get("report.column.activity"),
                t.get("report.column.type"),
                t.get("report.column.committee"),
                t.get("report.column.partners"),
                t.get("report.column.period"));
        for (Activity activity : part.activities()) {
            x.open("tr");
            Cells.rowHeader(x, activity.name());
            Cells.cell(x, t.get("report.activity.type." + activity.type().code()));
            Cells.cell(x, activity.committee());
            Cells.cell(x, activity.partners().stream().map(p -> partner(t, p)).collect(Collectors.joining("; ")));
            Cells.cell(x, period(t, activity));
            x.close("tr");
        }
        Cells.closeTable(x);
    }

    private static void map(Xhtml x, ReportTexts t, ActivityPart part, int year) {
        x.element("h3", t.get("report.map"));
        Map<String, Integer> counts = new LinkedHashMap<>();
        part.countries().stream()
                .filter(c -> c.countryCode() != null)
                .forEach(c -> counts.put(c.countryCode(), c.partners().size()));
        int partners = counts.values().stream().mapToInt(Integer::intValue).sum();
        String description = t.get("report.map.description", partners, counts.size(), most(t, part.countries()));
        MapImage map = EuropeMap.shared()
                .render(
                        counts,
                        HOME,
                        new MapTexts(
                                t.locale(),
                                t.get("report.map.title", year),
                                description,
                                t.get("report.map.legend"),
                                t.get("report.map.home")));
        x.open("div", "class", "map");
        Images.img(x, map.svg(), t.get("report.map.alt", year) + " " + description, IMAGE_WIDTH, "europe-map");
        x.close("div");
        if (!map.unplaced().isEmpty()) {
            x.element(
                    "p",
                    t.get(
                            "report.map.unplaced",
                            map.unplaced().stream()
                                    .map(code -> country(code, t.locale()) + " (" + counts.get(code) + ")")
                                    .collect(Collectors.joining(", "))));
        }
        part.countries().stream()
                .filter(c -> c.countryCode() == null)
                .findFirst()
                .ifPresent(c -> x.element(
                        "p",
                        t.get(
                                "report.map.nocountry",
                                c.activities().stream().map(Activity::name).collect(Collectors.joining("; ")))));
        Cells.openTable(
                x,
                "countries-table",
                t.get("report.map.table", year),
                t.get("report.column.country"),
                t.get("report.column.partnercount"),
                t.get("report.column.activities"));
        for (CountryPartners country : part.countries()) {
            if (country.countryCode() != null) {
                x.open("tr");
                Cells.rowHeader(x, country(country.countryCode(), t.locale()));
                Cells.numberCell(x, String.valueOf(country.partners().size()));
                Cells.cell(x, country.activities().stream().map(Activity::name).collect(Collectors.joining("; ")));
                x.close("tr");
            }
        }
        Cells.closeTable(x);
    }

    /** "Tyskland (4)": the country with the most partners, for the map's text alternative. */
    private static String most(ReportTexts t, List<CountryPartners> countries) {
        return countries.stream()
                .filter(c -> c.countryCode() != null)
                .findFirst()
                .map(c -> country(c.countryCode(), t.locale()) + " ("
                        + c.partners().size() + ")")
                .orElse("–");
    }

    private static void funding(Xhtml x, ReportTexts t, FundingSummary funding, int year) {
        x.element("h3", t.get("report.funding"));
        if (funding.activities().isEmpty()) {
            x.element("p", t.get("report.funding.none", year));
            return;
        }
        String description = t.get(
                "report.funding.description",
                t.amount(funding.budgetSek()),
                t.amount(funding.externalFundingSek()),
                t.percent(share(funding.externalFundingSek(), funding.budgetSek())));
        String svg = FundingChart.svg(
                funding.activities(),
                new FundingChart.Texts(
                        t.locale(),
                        "funding-chart",
                        t.get("report.funding.title", year),
                        description,
                        t.get("report.column.budget"),
                        t.get("report.column.external"),
                        t.get("report.funding.axis")));
        x.open("div", "class", "funding-chart");
        Images.img(
                x,
                Images.withViewBox(svg),
                t.get("report.funding.alt", year) + " " + description,
                IMAGE_WIDTH,
                "funding-chart");
        x.close("div");
        Cells.openTable(
                x,
                "funding-table",
                t.get("report.funding.table", year),
                t.get("report.column.activity"),
                t.get("report.column.budget"),
                t.get("report.column.external"),
                t.get("report.column.externalshare"),
                t.get("report.column.funder"));
        for (Activity activity : funding.activities()) {
            fundingRow(
                    x,
                    t,
                    activity.name(),
                    activity.budgetSek(),
                    activity.externalFundingSek(),
                    activity.funder(),
                    false);
        }
        fundingRow(x, t, t.get("report.funding.total"), funding.budgetSek(), funding.externalFundingSek(), null, true);
        Cells.closeTable(x);
    }

    private static void fundingRow(
            Xhtml x, ReportTexts t, String name, BigDecimal budget, BigDecimal external, String funder, boolean total) {
        x.open("tr", "class", total ? "total" : null);
        Cells.rowHeader(x, name);
        Cells.numberCell(x, t.amount(budget));
        Cells.numberCell(x, t.amount(external));
        Cells.numberCell(x, t.percent(share(external, budget)));
        Cells.cell(x, funder);
        x.close("tr");
    }

    private static void breaches(Xhtml x, ReportTexts t, ActivityPart part) {
        x.element("h3", t.get("report.activities.guidelines"));
        if (part.breaches().isEmpty()) {
            x.element("p", t.get("report.activities.guidelines.none"));
            return;
        }
        x.open("ul", "class", "breaches");
        for (GuidelineReport.Breach breach : part.breaches()) {
            x.element(
                    "li",
                    CommitteeSection.breach(t, breach)
                            + (breach.committee() == null ? "" : " (" + breach.committee() + ")"));
        }
        x.close("ul");
    }

    /** The external funding's share of the budget, in percent with one decimal; null without a budget. */
    static BigDecimal share(BigDecimal external, BigDecimal budget) {
        if (external == null || budget == null || budget.signum() == 0) {
            return null;
        }
        return external.multiply(BigDecimal.valueOf(100)).divide(budget, 1, RoundingMode.HALF_UP);
    }

    private static String partner(ReportTexts t, Partner partner) {
        String country = partner.countryCode() == null ? null : country(partner.countryCode(), t.locale());
        if (partner.name() == null) {
            return country == null ? "–" : country;
        }
        return country == null ? partner.name() : partner.name() + " (" + country + ")";
    }

    private static String period(ReportTexts t, Activity activity) {
        if (activity.start() == null && activity.end() == null) {
            return "–";
        }
        if (activity.end() == null) {
            return t.get("report.activity.from", t.date(activity.start()));
        }
        if (activity.start() == null) {
            return t.get("report.activity.until", t.date(activity.end()));
        }
        return t.date(activity.start()) + " – " + t.date(activity.end());
    }

    static String country(String code, Locale locale) {
        String name = Locale.of("", code).getDisplayCountry(locale);
        return name.isEmpty() || name.equals(code) ? code : name;
    }
}
