package se.maltavla.yearend.slides;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import se.maltavla.activity.Activity;
import se.maltavla.activity.ActivityType;
import se.maltavla.activity.CountryPartners;
import se.maltavla.activity.FundingSummary;
import se.maltavla.activity.map.EuropeMap;
import se.maltavla.activity.map.MapImage;
import se.maltavla.activity.map.MapTexts;
import se.maltavla.shared.i18n.Messages;
import se.maltavla.yearend.Snapshot;

/** The activities of the year: their kinds and partners on the map of Europe, and external funding against the budget. */
final class ActivitySlides {

    static final String HOME = "SE";
    /** Countries listed beside the map; the rest are counted. */
    static final int COUNTRIES = 8;
    /** Activities with their own row on the funding slide; the rest are summed. */
    static final int FUNDED = 5;
    /** The activity's column in the funding table (styles/slides.css, .f-name, less its padding), px at 24 px. */
    static final double ACTIVITY_NAME = 446;

    private static final BigDecimal MILLIONS = new BigDecimal("10000000");
    private static final BigDecimal BILLIONS = new BigDecimal("10000000000");
    /** The map's labels in its own units: it is drawn 800 wide and shown about 565 wide, so 40 reads as 28 px. */
    static final int MAP_LABEL = 40;

    private final Snapshot snapshot;
    private final SlideWords words;

    ActivitySlides(Snapshot snapshot, SlideWords words) {
        this.snapshot = snapshot;
        this.words = words;
    }

    Slide activities() {
        List<Activity> activities = snapshot.activities();
        String title = words.text("slides.activities.title");
        if (activities.isEmpty()) {
            return new Slide.Activities(
                    title,
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    null,
                    words.text("slides.activities.none", snapshot.year()));
        }
        List<CountryPartners> countries = CountryPartners.of(activities);
        Map<String, Integer> counts = new LinkedHashMap<>();
        countries.stream()
                .filter(c -> c.countryCode() != null)
                .forEach(c -> counts.put(c.countryCode(), c.partners().size()));
        int partners = countries.stream().mapToInt(c -> c.partners().size()).sum();
        String summary = words.text("slides.activities.summary", activities.size(), partners, counts.size());
        List<String> kinds = new ArrayList<>();
        Map<ActivityType, Long> byType = new EnumMap<>(ActivityType.class);
        activities.forEach(a -> byType.merge(a.type(), 1L, Long::sum));
        byType.forEach((type, n) -> kinds.add(words.text("slides.activities.type." + type.code(), n)));

        String mapSvg = null;
        String mapAlt = null;
        if (!counts.isEmpty()) {
            mapAlt = words.text("slides.activities.map.title", snapshot.year()) + ". "
                    + words.text(
                            "slides.activities.map.description",
                            counts.values().stream().mapToInt(Integer::intValue).sum(),
                            counts.size());
            MapImage map = EuropeMap.shared()
                    .renderLarge(
                            counts,
                            HOME,
                            new MapTexts(
                                    words.locale(),
                                    words.text("slides.activities.map.title", snapshot.year()),
                                    words.text(
                                            "slides.activities.map.description",
                                            counts.values().stream()
                                                    .mapToInt(Integer::intValue)
                                                    .sum(),
                                            counts.size()),
                                    words.text("slides.activities.map.legend"),
                                    words.text("slides.activities.map.home")),
                            MAP_LABEL);
            mapSvg = map.svg();
        }
        List<Slide.CountryLine> lines = new ArrayList<>();
        countries.stream()
                .filter(c -> c.countryCode() != null)
                .limit(COUNTRIES)
                .forEach(c -> lines.add(new Slide.CountryLine(
                        words.text(
                                HOME.equals(c.countryCode())
                                        ? "slides.activities.country.home"
                                        : "slides.activities.country",
                                countryName(c.countryCode(), words.locale()),
                                c.partners().size()),
                        EuropeMap.fill(c.partners().size()))));
        long shown = countries.stream().filter(c -> c.countryCode() != null).count();
        List<String> more = new ArrayList<>();
        if (shown > COUNTRIES) {
            more.add(words.text("slides.activities.more", shown - COUNTRIES));
        }
        countries.stream()
                .filter(c -> c.countryCode() == null)
                .findFirst()
                .ifPresent(c -> more.add(
                        words.text("slides.activities.nocountry", c.partners().size())));
        return new Slide.Activities(
                title,
                summary,
                String.join(", ", kinds),
                mapSvg,
                mapAlt,
                words.text("slides.activities.countries"),
                lines,
                more.isEmpty() ? null : String.join("; ", more),
                null);
    }

    Slide funding() {
        FundingSummary summary = FundingSummary.of(snapshot.activities());
        String title = words.text("slides.funding.title");
        if (summary.activities().isEmpty()) {
            return new Slide.Funding(
                    title,
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    null,
                    words.text("slides.funding.none", snapshot.year()));
        }
        List<Activity> largest = summary.activities().stream()
                .sorted(Comparator.comparing(
                                (Activity a) -> amount(a.budgetSek()).max(amount(a.externalFundingSek())))
                        .reversed()
                        .thenComparing(Activity::code))
                .toList();
        BigDecimal top = largest.stream()
                .map(a -> amount(a.budgetSek()).max(amount(a.externalFundingSek())))
                .reduce(BigDecimal.ZERO, BigDecimal::max);
        List<Slide.FundingRow> rows = largest.stream()
                .limit(FUNDED)
                .map(a -> new Slide.FundingRow(
                        TextWidth.fit(a.name(), ACTIVITY_NAME, 24, false),
                        money(a.budgetSek()),
                        fraction(a.budgetSek(), top),
                        money(a.externalFundingSek()),
                        fraction(a.externalFundingSek(), top)))
                .toList();
        String more = null;
        if (largest.size() > FUNDED) {
            BigDecimal rest = largest.subList(FUNDED, largest.size()).stream()
                    .map(a -> amount(a.budgetSek()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            more = words.text("slides.funding.more", largest.size() - FUNDED, money(rest));
        }
        String share = summary.budgetSek().signum() == 0
                ? null
                : words.text(
                        "slides.funding.share",
                        words.percent(summary.externalFundingSek()
                                        .multiply(BigDecimal.valueOf(100))
                                        .divide(summary.budgetSek(), MathContext.DECIMAL64))
                                .replace(SlideWords.NBSP + "%", ""));
        return new Slide.Funding(
                title,
                words.text("slides.funding.budget"),
                money(summary.budgetSek()),
                words.text("slides.funding.external"),
                money(summary.externalFundingSek()),
                share,
                rows,
                more,
                null);
    }

    /**
     * An amount as a slide can show it: whole kronor below ten million ("7 480 500 kr"), else in
     * millions or billions with one decimal ("12,3 mnkr"), so that it fits its column whatever the
     * file says; the report has every krona.
     */
    private String money(BigDecimal sek) {
        if (sek == null) {
            return words.text("slides.figure.none");
        }
        BigDecimal size = sek.abs();
        String text;
        if (size.compareTo(BILLIONS) >= 0) {
            text = words.text(
                    "slides.funding.amount.billion",
                    words.threshold(sek.movePointLeft(9).setScale(1, RoundingMode.HALF_UP)));
        } else if (size.compareTo(MILLIONS) >= 0) {
            text = words.text(
                    "slides.funding.amount.million",
                    words.threshold(sek.movePointLeft(6).setScale(1, RoundingMode.HALF_UP)));
        } else {
            text = words.text("slides.funding.amount", words.amount(sek));
        }
        return text.replace(' ', SlideWords.NBSP);
    }

    private static BigDecimal amount(BigDecimal sek) {
        return Objects.requireNonNullElse(sek, BigDecimal.ZERO);
    }

    private static double fraction(BigDecimal sek, BigDecimal top) {
        return sek == null || top.signum() == 0 ? 0 : Math.max(0, Math.min(1, sek.doubleValue() / top.doubleValue()));
    }

    static String countryName(String code, Locale language) {
        String name = Locale.of("", code).getDisplayCountry(Messages.formatting(language));
        return name.isEmpty() || name.equals(code) ? code : name;
    }
}
