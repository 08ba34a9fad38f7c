package se.maltavla.yearend.slides;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import se.maltavla.fulfilment.Status;

/**
 * Lays a deck's slides out as XHTML sections of 1280 × 720 px (styles/slides.css), the same for
 * the browser and the PDF: headings, real text, tables with header cells, every figure in words.
 * Charts and the map are inline SVG in the browser and images with their text alternative in the PDF.
 */
final class SlideHtml {

    /** Where the slides are shown. */
    enum Medium {
        BROWSER,
        PDF
    }

    static final int CHART_WIDTH = 560;
    /** The slide's width inside its margins, px. */
    static final double WIDTH = 1152;

    static final float TITLE_SIZE = 44;
    /** A heading too wide for one line at {@link #TITLE_SIZE} is set at this size (styles/slides.css, h2.long). */
    static final float LONG_TITLE_SIZE = 34;
    /** The map's height on the slide; its width follows from the map's proportions. */
    static final int MAP_HEIGHT = 440;

    private final SlideDeck deck;
    private final SlideWords words;
    private final Medium medium;
    private StringBuilder out;
    private String id;

    SlideHtml(SlideDeck deck, SlideWords words, Medium medium) {
        this.deck = deck;
        this.words = words;
        this.medium = medium;
    }

    /** Every slide as a {@code <section class="slide">}, in order. */
    String sections() {
        out = new StringBuilder(64 * 1024);
        List<Slide> slides = deck.slides();
        for (int i = 0; i < slides.size(); i++) {
            section(slides.get(i), i + 1, slides.size());
        }
        return out.toString();
    }

    private void section(Slide slide, int number, int of) {
        id = "bild-" + number;
        String kind = slide.getClass().getSimpleName().toLowerCase(Locale.ROOT);
        out.append("<section class=\"slide slide-")
                .append(kind)
                .append("\" id=\"")
                .append(id)
                .append("\" data-slide=\"")
                .append(number)
                .append("\" aria-labelledby=\"")
                .append(id)
                .append("-title\">");
        switch (slide) {
            case Slide.Opening s -> opening(s);
            case Slide.Numbers s -> numbers(s);
            case Slide.Area s -> area(s);
            case Slide.Committees s -> committees(s);
            case Slide.Activities s -> activities(s);
            case Slide.Funding s -> funding(s);
            case Slide.AtRisk s -> atRisk(s);
            case Slide.Gaps s -> gaps(s);
        }
        out.append("<div class=\"slide-foot\"><span class=\"slide-number\">")
                .append(Xml.escape(words.text("slides.number", number, of)))
                .append("</span><span class=\"stamp\">")
                .append(Xml.escape(deck.stamp()))
                .append("</span></div></section>");
    }

    private void head(String kicker, String title) {
        out.append("<div class=\"slide-head\">");
        if (kicker != null) {
            out.append("<p class=\"kicker\">").append(Xml.escape(kicker)).append("</p>");
        }
        out.append("<h2 id=\"")
                .append(id)
                .append("-title\"")
                .append(TextWidth.of(title, TITLE_SIZE, true) > WIDTH ? " class=\"long\"" : "")
                .append('>')
                .append(Xml.escape(title))
                .append("</h2></div>");
    }

    private void opening(Slide.Opening s) {
        out.append("<div class=\"opening\">");
        if (s.draft()) {
            out.append("<p class=\"draft-badge\">")
                    .append(Xml.escape(s.draftWord()))
                    .append("</p>");
        }
        out.append("<p class=\"occasion\">")
                .append(Xml.escape(s.occasion()))
                .append("</p>")
                .append("<h1 id=\"")
                .append(id)
                .append("-title\">")
                .append(Xml.escape(s.title()))
                .append("</h1>")
                .append("<p class=\"strategy\">")
                .append(Xml.escape(s.strategy()))
                .append("</p>")
                .append("<p class=\"version\">")
                .append(Xml.escape(s.version()))
                .append("</p></div>");
    }

    private void numbers(Slide.Numbers s) {
        head(null, s.title());
        out.append("<div class=\"slide-body\"><div class=\"figure-band\">");
        bigFigure(s.figure(), s.figureLabel());
        out.append("</div><p class=\"goals-line\">")
                .append(Xml.escape(s.goals()))
                .append("</p><div class=\"tiles\">");
        for (Slide.StatusCount count : s.counts()) {
            // Paragraphs, not list items: PDF/UA tagging loses a floated item's list.
            out.append("<p class=\"tile tile-")
                    .append(count.status().code())
                    .append("\"><span class=\"tile-count\">")
                    .append(count.count())
                    .append("</span><span class=\"tile-label\">")
                    .append(symbol(count.status()))
                    .append(' ')
                    .append(Xml.escape(count.label()))
                    .append("</span></p>");
        }
        out.append("</div><p class=\"note\">")
                .append(Xml.escape(s.thresholds()))
                .append("</p></div>");
    }

    /** The figure large, with its status in symbol and words and its coverage beside it. */
    private void bigFigure(Slide.Figure figure, String label) {
        out.append("<p class=\"figure-big\">")
                .append(Xml.escape(figure.percent()))
                .append("</p><div class=\"figure-facts\">");
        if (label != null) {
            out.append("<p class=\"figure-label\">").append(Xml.escape(label)).append("</p>");
        }
        out.append("<p>")
                .append(status(figure.status(), figure.statusWord()))
                .append("</p><p class=\"coverage\">")
                .append(Xml.escape(figure.coverage()))
                .append("</p></div><div class=\"clear\"></div>");
    }

    private void area(Slide.Area s) {
        head(s.kicker(), s.title());
        out.append("<div class=\"slide-body\"><div class=\"figure-band\">");
        bigFigure(s.figure(), s.goals());
        out.append("</div><div class=\"col-chart\">");
        if (s.chart() != null) {
            chart(s.chart());
        }
        out.append("</div><div class=\"col-goals\">");
        goals(s.carryHeading(), s.carrying(), s.carryingNone());
        if (s.holdHeading() != null) {
            goals(s.holdHeading(), s.holdingBack(), s.holdingBackNone());
        }
        out.append("</div><div class=\"clear\"></div></div>");
    }

    private void goals(String heading, List<Slide.GoalLine> goals, String none) {
        if (heading != null) {
            out.append("<h3>").append(Xml.escape(heading)).append("</h3>");
        }
        if (goals.isEmpty()) {
            out.append("<p class=\"none\">").append(Xml.escape(none)).append("</p>");
            return;
        }
        out.append("<ul class=\"goal-list\">");
        goals.forEach(this::goal);
        out.append("</ul>");
    }

    private void goal(Slide.GoalLine goal) {
        out.append("<li><span class=\"goal-figure\">")
                .append(symbol(goal.status()))
                .append(' ')
                .append(Xml.escape(goal.status().hasFulfilment() ? goal.percent() : goal.statusWord()))
                .append("</span> <strong>")
                .append(Xml.escape(goal.code()))
                .append("</strong> ")
                .append(Xml.escape(goal.text()))
                .append("</li>");
    }

    private void committees(Slide.Committees s) {
        head(null, s.title());
        out.append("<div class=\"slide-body\">");
        if (s.rows().isEmpty()) {
            out.append("<p>").append(Xml.escape(s.none())).append("</p></div>");
            return;
        }
        out.append("<table class=\"committees\"><thead><tr><th scope=\"col\" class=\"c-name\">")
                .append(Xml.escape(words.text("slides.committees.name")))
                .append("</th><th scope=\"col\" class=\"c-figure\">")
                .append(Xml.escape(words.text("slides.committees.figure")))
                .append("</th><th scope=\"col\" class=\"c-status\">")
                .append(Xml.escape(words.text("slides.committees.status")))
                .append("</th><th scope=\"col\" class=\"c-reported\">")
                .append(Xml.escape(words.text("slides.committees.reported")))
                .append("</th></tr></thead><tbody>");
        for (Slide.CommitteeRow row : s.rows()) {
            out.append("<tr><th scope=\"row\" class=\"c-name\">")
                    .append(Xml.escape(row.name()))
                    .append("</th><td class=\"c-figure\">");
            barCell(row.percent(), row.fraction(), "fill-" + row.status().code());
            out.append("</td><td class=\"c-status\">")
                    .append(status(row.status(), row.statusWord()))
                    .append("</td><td class=\"c-reported\">")
                    .append(Xml.escape(row.reported()))
                    .append("</td></tr>");
        }
        out.append("</tbody></table></div>");
    }

    /** A figure with a bar under it; the bar is decoration for the figure written above it. */
    private void barCell(String value, double fraction, String fillClass) {
        out.append("<span class=\"bar-value\">")
                .append(Xml.escape(value))
                .append("</span><span class=\"bar\" aria-hidden=\"true\">")
                .append("<span class=\"bar-fill ")
                .append(fillClass)
                .append("\" style=\"display: block; width: ")
                .append(String.format(Locale.ROOT, "%.1f", fraction * 100))
                .append("%\"></span></span>");
    }

    private void activities(Slide.Activities s) {
        head(null, s.title());
        out.append("<div class=\"slide-body\">");
        if (s.none() != null) {
            out.append("<p>").append(Xml.escape(s.none())).append("</p></div>");
            return;
        }
        out.append("<p class=\"summary\">")
                .append(Xml.escape(s.summary()))
                .append("</p><p class=\"kinds\">")
                .append(Xml.escape(s.kinds()))
                .append("</p>");
        if (s.mapSvg() != null) {
            out.append("<div class=\"col-map\">");
            image(s.mapSvg(), s.mapAlt(), "europe-map", mapWidth(s.mapSvg()), MAP_HEIGHT);
            out.append("</div>");
        }
        out.append("<div class=\"col-countries\"><h3>")
                .append(Xml.escape(s.countriesHeading()))
                .append("</h3><ul class=\"countries\">");
        for (Slide.CountryLine line : s.countries()) {
            out.append("<li><span class=\"swatch\" style=\"background-color: ")
                    .append(line.fill())
                    .append("\"></span>")
                    .append(Xml.escape(line.text()))
                    .append("</li>");
        }
        out.append("</ul>");
        if (s.moreCountries() != null) {
            out.append("<p class=\"more\">")
                    .append(Xml.escape(s.moreCountries()))
                    .append("</p>");
        }
        out.append("</div><div class=\"clear\"></div></div>");
    }

    private void funding(Slide.Funding s) {
        head(null, s.title());
        out.append("<div class=\"slide-body\">");
        if (s.none() != null) {
            out.append("<p>").append(Xml.escape(s.none())).append("</p></div>");
            return;
        }
        out.append("<div class=\"sums\"><div class=\"sum\"><p class=\"sum-label\">")
                .append(Xml.escape(s.budgetLabel()))
                .append("</p><p class=\"sum-figure\">")
                .append(Xml.escape(s.budget()))
                .append("</p></div>")
                .append("<div class=\"sum\"><p class=\"sum-label\">")
                .append(Xml.escape(s.externalLabel()))
                .append("</p><p class=\"sum-figure\">")
                .append(Xml.escape(s.external()))
                .append("</p>");
        if (s.share() != null) {
            out.append("<p class=\"sum-share\">").append(Xml.escape(s.share())).append("</p>");
        }
        out.append(
                        "</div><div class=\"clear\"></div></div><table class=\"funding\"><thead><tr><th scope=\"col\" class=\"f-name\">")
                .append(Xml.escape(words.text("slides.funding.activity")))
                .append("</th><th scope=\"col\" class=\"f-amount\">")
                .append(Xml.escape(s.budgetLabel()))
                .append("</th><th scope=\"col\" class=\"f-amount\">")
                .append(Xml.escape(s.externalLabel()))
                .append("</th></tr></thead><tbody>");
        for (Slide.FundingRow row : s.rows()) {
            out.append("<tr><th scope=\"row\" class=\"f-name\">")
                    .append(Xml.escape(row.name()))
                    .append("</th><td class=\"f-amount\">");
            barCell(row.budget(), row.budgetFraction(), "fill-budget");
            out.append("</td><td class=\"f-amount\">");
            barCell(row.external(), row.externalFraction(), "fill-external");
            out.append("</td></tr>");
        }
        out.append("</tbody></table>");
        if (s.more() != null) {
            out.append("<p class=\"more\">").append(Xml.escape(s.more())).append("</p>");
        }
        out.append("</div>");
    }

    private void atRisk(Slide.AtRisk s) {
        head(null, s.title());
        out.append("<div class=\"slide-body\"><p class=\"intro\">")
                .append(Xml.escape(s.lead()))
                .append("</p>");
        if (!s.goals().isEmpty()) {
            out.append("<ul class=\"risk-list\">");
            for (Slide.GoalLine goal : s.goals()) {
                out.append("<li><p class=\"risk-goal\"><strong>")
                        .append(Xml.escape(goal.code()))
                        .append("</strong> ")
                        .append(Xml.escape(goal.text()))
                        .append("</p><p class=\"risk-facts\">")
                        .append(Xml.escape(goal.committee()))
                        .append(" · ")
                        .append(status(
                                goal.status(),
                                goal.status().hasFulfilment()
                                        ? goal.percent() + " "
                                                + goal.statusWord().toLowerCase(words.locale())
                                        : goal.statusWord()))
                        .append("</p></li>");
            }
            out.append("</ul>");
        }
        if (s.more() != null) {
            out.append("<p class=\"more\">").append(Xml.escape(s.more())).append("</p>");
        }
        out.append("</div>");
    }

    private void gaps(Slide.Gaps s) {
        head(null, s.title());
        out.append("<div class=\"slide-body\"><p class=\"intro\">")
                .append(Xml.escape(s.lead()))
                .append("</p>");
        for (Slide.GapGroup group : s.groups()) {
            out.append("<div class=\"gap-group\"><h3>")
                    .append(Xml.escape(group.heading()))
                    .append("</h3><ul>");
            group.items()
                    .forEach(item -> out.append("<li>").append(Xml.escape(item)).append("</li>"));
            out.append("</ul>");
            if (group.more() != null) {
                out.append("<p class=\"more\">")
                        .append(Xml.escape(group.more()))
                        .append("</p>");
            }
            out.append("</div>");
        }
        out.append("<div class=\"clear\"></div></div>");
    }

    private void chart(Slide.Chart chart) {
        String svg = SlideSvg.bars(chart, CHART_WIDTH, id + "-chart");
        image(svg, chart.title() + ". " + chart.description(), "graph", CHART_WIDTH, SlideSvg.height(chart));
    }

    /**
     * An SVG picture: inline in the browser (it names itself by its title and description); in the PDF
     * an image with the same words as its alternative text, which PDF/UA tags as a figure.
     */
    private void image(String svg, String alt, String cssClass, int width, int height) {
        if (medium == Medium.BROWSER) {
            out.append("<div class=\"")
                    .append(cssClass)
                    .append("\">")
                    .append(svg.replaceFirst(
                            " width=\"[^\"]*\" height=\"[^\"]*\"",
                            " width=\"" + width + "\" height=\"" + height + "\""))
                    .append("</div>");
            return;
        }
        out.append("<div class=\"")
                .append(cssClass)
                .append("\"><img alt=\"")
                .append(Xml.escape(alt))
                .append("\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" src=\"data:image/svg+xml;base64,")
                .append(Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)))
                .append("\"/></div>");
    }

    /** The map's width when shown {@link #MAP_HEIGHT} high, from its view box. */
    static int mapWidth(String svg) {
        java.util.regex.Matcher box = java.util.regex.Pattern.compile("viewBox=\"0 0 ([0-9.]+) ([0-9.]+)\"")
                .matcher(svg);
        if (!box.find()) {
            return MAP_HEIGHT;
        }
        return (int) Math.round(MAP_HEIGHT * Double.parseDouble(box.group(1)) / Double.parseDouble(box.group(2)));
    }

    private static String status(Status status, String words) {
        return "<span class=\"badge badge-" + status.code() + "\">" + symbol(status) + " " + Xml.escape(words)
                + "</span>";
    }

    private static String symbol(Status status) {
        return "<span class=\"symbol\" aria-hidden=\"true\">" + SlideWords.symbol(status) + "</span>";
    }
}
