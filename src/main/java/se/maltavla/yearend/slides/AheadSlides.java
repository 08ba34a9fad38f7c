package se.maltavla.yearend.slides;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.fulfilment.Status;

/** What comes next: the goals at risk by the trend forecast, and what was not reported. */
final class AheadSlides {

    /** Goals at risk named with their text; the rest by code. */
    static final int AT_RISK = 4;
    /** A goal's code and text together on one line of the slide (px at 26 px). */
    static final double AT_RISK_ROOM = SlideHtml.WIDTH - 40;
    /** Codes listed after the goals named. */
    static final int MORE_CODES = 8;
    /** Items named per group of what was not reported. */
    static final int GAP_ITEMS = 2;
    /** An item on one line of the slide (px at 24 px). */
    static final double GAP_ROOM = SlideHtml.WIDTH - 40;

    private final SnapshotFacts facts;
    private final SlideWords words;

    AheadSlides(SnapshotFacts facts, SlideWords words) {
        this.facts = facts;
        this.words = words;
    }

    Slide atRisk() {
        List<ResultRow> goals = facts.goalsAtRisk();
        String lead = goals.isEmpty()
                ? words.text("slides.risk.none")
                : words.text("slides.risk.lead", goals.size(), facts.goals().size());
        String more = null;
        if (goals.size() > AT_RISK) {
            List<ResultRow> rest = goals.subList(AT_RISK, goals.size());
            String codes = rest.stream().limit(MORE_CODES).map(ResultRow::code).collect(Collectors.joining(", "))
                    + (rest.size() > MORE_CODES ? ", …" : "");
            more = words.text("slides.risk.more", rest.size(), codes);
        }
        return new Slide.AtRisk(
                words.text("slides.risk.title"),
                lead,
                goals.stream()
                        .limit(AT_RISK)
                        .map(g -> DeckBuilder.goal(g, facts, words, "", AT_RISK_ROOM, 26))
                        .toList(),
                more);
    }

    Slide gaps() {
        ResultRow municipality = facts.municipality();
        int missing = municipality.indicators() - municipality.indicatorsWithValue();
        String date = words.date(facts.snapshot().evaluationDate());
        String lead = missing == 0
                ? words.text("slides.gaps.indicators.none", municipality.indicators(), date)
                : words.text("slides.gaps.indicators", missing, municipality.indicators(), date);
        Function<ResultRow, String> goal = g -> {
            String committee = " (" + Shorten.to(facts.committee(g), DeckBuilder.COMMITTEE) + ")";
            return TextWidth.fit(g.code() + " " + g.name(), GAP_ROOM - TextWidth.of(committee, 24, false), 24, false)
                    + committee;
        };
        return new Slide.Gaps(
                words.text("slides.gaps.title"),
                lead,
                List.of(
                        group("slides.gaps.goals", facts.goalsWith(Status.SAKNAS), goal),
                        group("slides.gaps.unmeasurable", facts.goalsWith(Status.EJ_MATBAR), goal),
                        group(
                                "slides.gaps.committees",
                                facts.committeesWithoutValues(),
                                c -> TextWidth.fit(c.name(), GAP_ROOM, 24, false))));
    }

    private Slide.GapGroup group(String key, List<ResultRow> rows, Function<ResultRow, String> item) {
        List<String> items = rows.isEmpty()
                ? List.of(words.text("slides.gaps.nothing"))
                : rows.stream().limit(GAP_ITEMS).map(item).toList();
        String more = rows.size() > GAP_ITEMS ? words.text("slides.gaps.more", rows.size() - GAP_ITEMS) : null;
        return new Slide.GapGroup(words.text(key, rows.size()), items, more);
    }
}
