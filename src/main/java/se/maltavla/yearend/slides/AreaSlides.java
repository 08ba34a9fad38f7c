package se.maltavla.yearend.slides;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.fulfilment.Status;
import se.maltavla.fulfilment.Thresholds;

/**
 * One slide per priority area (per pillar for Kungsbacka): its figure, status and coverage, the
 * goals that carry it and those that hold it back, and a chart of its goals.
 */
final class AreaSlides {

    /** Goals drawn one bar each up to this many; an area with more shows its goals per status instead. */
    static final int MAX_BARS = 6;
    /** Goals named under each heading. */
    static final int NAMED = 2;
    /**
     * The room in px for a goal in its list, figure and code included: two lines of the 560 px
     * column at 24 px, less what breaking the lines between words may waste.
     */
    static final double GOAL_ROOM = 2 * 560 - 220;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final SnapshotFacts facts;
    private final SlideWords words;

    AreaSlides(SnapshotFacts facts, SlideWords words) {
        this.facts = facts;
        this.words = words;
    }

    List<Slide> slides() {
        List<ResultRow> areas = facts.areas();
        List<Slide> slides = new ArrayList<>();
        for (int i = 0; i < areas.size(); i++) {
            slides.add(area(areas.get(i), i + 1, areas.size()));
        }
        return slides;
    }

    private Slide area(ResultRow area, int number, int of) {
        List<ResultRow> goals = facts.contributors(area);
        List<ResultRow> carrying = goals.stream()
                .filter(g -> g.fulfilment() != null && g.status() != Status.EJ_UPPFYLLT)
                .limit(NAMED)
                .toList();
        List<ResultRow> holding = Stream.of(
                        goals.stream()
                                .filter(g -> g.status() == Status.EJ_UPPFYLLT)
                                .sorted(lowestFirst()),
                        goals.stream().filter(g -> g.status() == Status.SAKNAS),
                        goals.stream()
                                .filter(g -> g.status() == Status.DELVIS && !carrying.contains(g))
                                .sorted(lowestFirst()))
                .flatMap(s -> s)
                .limit(NAMED)
                .toList();
        String pillar = "grundpelare".equals(area.type()) ? ".grundpelare" : "";
        String kicker = words.text("slides.area.kicker." + area.type(), number, of);
        String title = TextWidth.fit(area.name(), SlideHtml.WIDTH, SlideHtml.LONG_TITLE_SIZE, true);
        if (goals.isEmpty()) {
            return new Slide.Area(
                    kicker,
                    title,
                    DeckBuilder.figure(area, words),
                    words.text("slides.area.goals", 0),
                    null,
                    List.of(),
                    words.text("slides.area.nogoals"),
                    null,
                    List.of(),
                    null,
                    null);
        }
        return new Slide.Area(
                kicker,
                title,
                DeckBuilder.figure(area, words),
                words.text("slides.area.goals", goals.size()),
                words.text("slides.area.carry" + pillar),
                lines(carrying),
                words.text("slides.area.carry.none"),
                words.text("slides.area.hold"),
                lines(holding),
                words.text("slides.area.hold.none"),
                goals.size() <= MAX_BARS ? goalChart(area, goals) : statusChart(area, goals));
    }

    private List<Slide.GoalLine> lines(List<ResultRow> goals) {
        return goals.stream()
                .map(g -> DeckBuilder.goal(
                        g,
                        facts,
                        words,
                        SlideWords.symbol(g.status()) + " "
                                + (g.fulfilment() == null
                                        ? words.status(g.status())
                                        : words.percent(g.fulfilmentPercent()))
                                + " ",
                        GOAL_ROOM,
                        24))
                .toList();
    }

    private static Comparator<ResultRow> lowestFirst() {
        return Comparator.comparing(ResultRow::fulfilment, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ResultRow::code);
    }

    /** A bar per goal, best first, against the two thresholds; a goal without a figure gets its status in words. */
    private Slide.Chart goalChart(ResultRow area, List<ResultRow> goals) {
        List<Slide.Bar> bars = goals.stream()
                .map(g -> new Slide.Bar(
                        g.code(),
                        fraction(g.fulfilmentPercent()),
                        g.fulfilment() == null
                                ? null
                                : SlideWords.symbol(g.status()) + " " + words.percent(g.fulfilmentPercent()),
                        g.status(),
                        words.status(g.status())))
                .toList();
        Thresholds thresholds = facts.snapshot().results().thresholds();
        return new Slide.Chart(
                words.text("slides.area.chart.title", area.name()),
                words.text(
                        "slides.area.chart.description",
                        words.threshold(thresholds.lower()),
                        words.threshold(thresholds.upper())),
                bars,
                List.of(fraction(thresholds.lower()), fraction(thresholds.upper())),
                List.of(
                        words.threshold(thresholds.lower()) + SlideWords.NBSP + "%",
                        words.threshold(thresholds.upper()) + SlideWords.NBSP + "%"));
    }

    /** For an area with many goals: how many have each status. */
    private Slide.Chart statusChart(ResultRow area, List<ResultRow> goals) {
        long most = 1;
        for (Status status : Status.values()) {
            most = Math.max(
                    most, goals.stream().filter(g -> g.status() == status).count());
        }
        List<Slide.Bar> bars = new ArrayList<>();
        for (Status status : Status.values()) {
            long count = goals.stream().filter(g -> g.status() == status).count();
            bars.add(new Slide.Bar(
                    SlideWords.symbol(status) + " " + words.status(status),
                    (double) count / most,
                    String.valueOf(count),
                    status,
                    words.status(status)));
        }
        return new Slide.Chart(
                words.text("slides.area.chart.statuses.title", area.name()),
                words.text("slides.area.chart.statuses.description"),
                bars,
                List.of(),
                List.of());
    }

    /** A percent as a fraction of the bar's full length, within 0..1. */
    private static double fraction(BigDecimal percent) {
        return percent == null
                ? 0
                : Math.max(0, Math.min(1, percent.divide(HUNDRED).doubleValue()));
    }
}
