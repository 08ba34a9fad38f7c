package se.maltavla.yearend.slides;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.fulfilment.Status;
import se.maltavla.fulfilment.Thresholds;
import se.maltavla.shared.municipality.SwedishMunicipalities;
import se.maltavla.yearend.Snapshot;

/**
 * The slides of a snapshot, in the order the council hears them: the title; the year in numbers;
 * one slide per priority area (per pillar for Kungsbacka); the nämnder; the activities and their
 * funding; what comes next. Reads nothing but the snapshot.
 */
final class DeckBuilder {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    /** Characters of a goal's code where a slide names the goal. */
    static final int CODE = 14;
    /** Characters of a nämnd's name beside a goal. */
    static final int COMMITTEE = 40;

    private DeckBuilder() {}

    static SlideDeck build(Snapshot snapshot, SlideWords words) {
        SnapshotFacts facts = new SnapshotFacts(snapshot);
        List<Slide> slides = new ArrayList<>();
        slides.add(opening(snapshot, words));
        slides.add(numbers(facts, words));
        slides.addAll(new AreaSlides(facts, words).slides());
        slides.addAll(CommitteeSlides.slides(facts, words));
        ActivitySlides activities = new ActivitySlides(snapshot, words);
        slides.add(activities.activities());
        slides.add(activities.funding());
        AheadSlides ahead = new AheadSlides(facts, words);
        slides.add(ahead.atRisk());
        slides.add(ahead.gaps());
        return new SlideDeck(
                snapshot.municipality(),
                snapshot.year(),
                snapshot.version(),
                words.locale(),
                words.text("slides.document", snapshot.year()) + " – " + subject(snapshot),
                stamp(snapshot, words),
                slides);
    }

    /** "Fastställd 2018-02-10 · utvärderat per 2017-12-31", or for a draft "Utkast · utvärderat per …". */
    static String stamp(Snapshot snapshot, SlideWords words) {
        String evaluated = words.date(snapshot.evaluationDate());
        return snapshot.draft()
                ? words.text("slides.stamp.draft", evaluated)
                : words.text(
                        "slides.stamp.locked",
                        words.date(snapshot.lockedAt().atZoneSameInstant(SWEDEN).toLocalDate()),
                        evaluated);
    }

    /**
     * The municipality as people name it (from the code list, docs/municipalities.md, also for a
     * snapshot locked before Måltavla had it), or the strategy's name when Måltavla knows only the code.
     */
    private static String subject(Snapshot snapshot) {
        var listed = SwedishMunicipalities.find(snapshot.municipality());
        if (listed.isPresent()) {
            return listed.get().name();
        }
        boolean named = snapshot.municipalityName() != null
                && !snapshot.municipalityName().equals(snapshot.municipality());
        if (named || snapshot.strategy() == null) {
            return named ? snapshot.municipalityName() : snapshot.municipality();
        }
        return snapshot.strategy().name();
    }

    private static Slide opening(Snapshot snapshot, SlideWords words) {
        String strategy = snapshot.strategy() != null
                ? snapshot.strategy().name()
                : snapshot.results().strategyName();
        String version = snapshot.draft()
                ? words.text("slides.title.version.draft")
                : words.text(
                        "slides.title.version.locked",
                        snapshot.version(),
                        words.date(snapshot.lockedAt().atZoneSameInstant(SWEDEN).toLocalDate()),
                        snapshot.lockedBy());
        return new Slide.Opening(
                words.text("slides.title.heading"),
                TextWidth.fit(strategy, 2 * SlideHtml.WIDTH - 250, 32, false),
                words.text("slides.title.occasion", snapshot.year()),
                version,
                snapshot.draft(),
                words.text("slides.title.draft"));
    }

    private static Slide numbers(SnapshotFacts facts, SlideWords words) {
        List<Slide.StatusCount> counts = new ArrayList<>();
        for (Status status : Status.values()) {
            counts.add(new Slide.StatusCount(
                    status, facts.goalsWith(status).size(), words.text("slides.count." + status.code())));
        }
        Thresholds thresholds = facts.snapshot().results().thresholds();
        return new Slide.Numbers(
                words.text("slides.numbers.title"),
                words.text("slides.numbers.figure"),
                figure(facts.municipality(), words),
                words.text(
                        "slides.numbers.goals",
                        facts.goals().size(),
                        facts.committees().size()),
                counts,
                words.text(
                        "slides.numbers.thresholds",
                        words.threshold(thresholds.upper()),
                        words.threshold(thresholds.lower())));
    }

    /** A row's figure, status and coverage: "81,1 %", Delvis uppfyllt, "6 av 6 indikatorer rapporterade (100,0 %)". */
    static Slide.Figure figure(ResultRow row, SlideWords words) {
        String coverage = row.indicators() == 0
                ? words.text("slides.coverage.none")
                : words.text("slides.coverage", row.indicatorsWithValue(), row.indicators()) + " ("
                        + words.percent(row.coveragePercent()) + ")";
        return new Slide.Figure(
                words.percent(row.fulfilmentPercent()), row.status(), words.status(row.status()), coverage);
    }

    /**
     * A goal as a slide names it: its code (cut to {@value #CODE} characters) and its text cut so that
     * what goes before them ({@code prefix}, bold like the code), the code and the text take at most
     * {@code room} px at {@code size} px; its nämnd cut to {@value #COMMITTEE} characters.
     */
    static Slide.GoalLine goal(
            ResultRow goal, SnapshotFacts facts, SlideWords words, String prefix, double room, float size) {
        String code = Shorten.to(goal.code(), CODE);
        double left = Math.max(room / 3, room - TextWidth.of(prefix + code + " ", size, true));
        return new Slide.GoalLine(
                code,
                TextWidth.fit(goal.name(), left, size, false),
                Shorten.to(facts.committee(goal), COMMITTEE),
                words.percent(goal.fulfilmentPercent()),
                goal.status(),
                words.status(goal.status()));
    }
}
