package se.maltavla.yearend.slides;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import se.maltavla.fulfilment.ResultRow;

/**
 * The nämnder: a row each with figure, status and how many indicators reported, on as many slides
 * as it takes to keep every row readable. A long name takes two lines; when that would take more
 * than {@value #MOST_SLIDES} slides, names are cut to one line instead.
 */
final class CommitteeSlides {

    /** Lines of rows one slide holds. */
    static final int LINES = 9;
    /** The name column's width (styles/slides.css, .c-name, less its padding) at 24 px. */
    static final double NAME_WIDTH = 426;
    /** Two lines of the column, less what breaking between words may waste. */
    static final double TWO_LINES = 2 * NAME_WIDTH - 160;

    static final int MOST_SLIDES = 2;

    private CommitteeSlides() {}

    static List<Slide> slides(SnapshotFacts facts, SlideWords words) {
        if (facts.committees().isEmpty()) {
            return List.of(new Slide.Committees(
                    words.text("slides.committees.title"), List.of(), words.text("slides.committees.none")));
        }
        List<List<Slide.CommitteeRow>> pages = pages(
                facts.committees().stream().map(c -> row(c, TWO_LINES, words)).toList());
        if (pages.size() > MOST_SLIDES) {
            pages = pages(facts.committees().stream()
                    .map(c -> row(c, NAME_WIDTH, words))
                    .toList());
        }
        List<Slide> slides = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            String title = pages.size() == 1
                    ? words.text("slides.committees.title")
                    : words.text("slides.committees.title.part", i + 1, pages.size());
            slides.add(new Slide.Committees(title, pages.get(i), null));
        }
        return slides;
    }

    /** The rows in slides of at most {@value #LINES} lines. */
    private static List<List<Slide.CommitteeRow>> pages(List<Slide.CommitteeRow> rows) {
        List<List<Slide.CommitteeRow>> pages = new ArrayList<>();
        List<Slide.CommitteeRow> page = new ArrayList<>();
        int lines = 0;
        for (Slide.CommitteeRow row : rows) {
            int needs = TextWidth.of(row.name(), 24, false) > NAME_WIDTH ? 2 : 1;
            if (lines + needs > LINES) {
                pages.add(page);
                page = new ArrayList<>();
                lines = 0;
            }
            page.add(row);
            lines += needs;
        }
        pages.add(page);
        return pages;
    }

    private static Slide.CommitteeRow row(ResultRow committee, double name, SlideWords words) {
        BigDecimal percent = committee.fulfilmentPercent();
        double fraction = percent == null ? 0 : Math.max(0, Math.min(1, percent.doubleValue() / 100));
        String reported = committee.indicators() == 0
                ? words.text("slides.figure.none")
                : words.text(
                        "slides.committees.reported.value", committee.indicatorsWithValue(), committee.indicators());
        return new Slide.CommitteeRow(
                TextWidth.fit(committee.name(), name, 24, false),
                words.percent(percent),
                fraction,
                committee.status(),
                words.status(committee.status()),
                reported);
    }
}
