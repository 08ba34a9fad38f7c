package se.maltavla.yearend.slides;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import se.maltavla.fulfilment.ResultRow;

/**
 * The nämnder: a row each with figure, status and how many indicators reported, on as many slides
 * as it takes to keep every row readable (a long name takes two lines of the room).
 */
final class CommitteeSlides {

    /** Lines of rows one slide holds. */
    static final int LINES = 9;
    /** A name longer than this takes two lines. */
    static final int ONE_LINE = 30;
    static final int NAME = 60;

    private CommitteeSlides() {}

    static List<Slide> slides(SnapshotFacts facts, SlideWords words) {
        List<Slide.CommitteeRow> rows = facts.committees().stream().map(c -> row(c, words)).toList();
        if (rows.isEmpty()) {
            return List.of(new Slide.Committees(words.text("slides.committees.title"), List.of(),
                    words.text("slides.committees.none")));
        }
        List<List<Slide.CommitteeRow>> pages = new ArrayList<>();
        List<Slide.CommitteeRow> page = new ArrayList<>();
        int lines = 0;
        for (Slide.CommitteeRow row : rows) {
            int needs = row.name().length() > ONE_LINE ? 2 : 1;
            if (lines + needs > LINES) {
                pages.add(page);
                page = new ArrayList<>();
                lines = 0;
            }
            page.add(row);
            lines += needs;
        }
        pages.add(page);
        List<Slide> slides = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            String title = pages.size() == 1 ? words.text("slides.committees.title")
                    : words.text("slides.committees.title.part", i + 1, pages.size());
            slides.add(new Slide.Committees(title, pages.get(i), null));
        }
        return slides;
    }

    private static Slide.CommitteeRow row(ResultRow committee, SlideWords words) {
        BigDecimal percent = committee.fulfilmentPercent();
        double fraction = percent == null ? 0 : Math.max(0, Math.min(1, percent.doubleValue() / 100));
        String reported = committee.indicators() == 0 ? words.text("slides.figure.none")
                : words.text("slides.committees.reported.value", committee.indicatorsWithValue(), committee.indicators());
        return new Slide.CommitteeRow(Shorten.to(committee.name(), NAME), words.percent(percent), fraction,
                committee.status(), words.status(committee.status()), reported);
    }
}
