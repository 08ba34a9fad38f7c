package se.maltavla.yearend.slides;

import java.util.List;
import se.maltavla.fulfilment.Status;

/**
 * One slide of the presentation, one idea each, in words and figures already written in the deck's
 * language: what {@link SlideHtml} lays out for the browser and the PDF alike. Every figure comes
 * from the snapshot.
 */
public sealed interface Slide {

    /** The slide's heading, also its bookmark and its name for screen readers. */
    String title();

    /** A fulfilment figure as shown: "74,9 %" (or "–"), its status, and "23 av 25 indikatorer rapporterade". */
    record Figure(String percent, Status status, String statusWord, String coverage) {}

    /** A goal named on a slide: its code, text (shortened to fit), nämnd, figure and status. */
    record GoalLine(String code, String text, String committee, String percent, Status status, String statusWord) {}

    /** How many goals have a status: "4" "uppfyllda". */
    record StatusCount(Status status, long count, String label) {}

    /**
     * One bar of a chart: a label, its value as a fraction of the chart's scale (0..1), the value as
     * written with the status' symbol; null for a goal without a figure, whose status is then written
     * in the bar's place.
     */
    record Bar(String label, double fraction, String value, Status status, String statusWord) {}

    /**
     * A bar chart with its accessible name and description.
     *
     * @param thresholds where lines are drawn, as fractions of the scale (partly met, met); empty for counts
     * @param thresholdLabels the lines' labels ("50 %", "100 %")
     */
    record Chart(
            String title, String description, List<Bar> bars, List<Double> thresholds, List<String> thresholdLabels) {

        public Chart {
            bars = List.copyOf(bars);
            thresholds = List.copyOf(thresholds);
            thresholdLabels = List.copyOf(thresholdLabels);
        }
    }

    /** The opening slide: what, whose, which year, which version (or that it is a draft). */
    record Opening(String title, String strategy, String occasion, String version, boolean draft, String draftWord)
            implements Slide {}

    /** The year in numbers: the municipality's figure, its goals per status, and the thresholds. */
    record Numbers(
            String title, String figureLabel, Figure figure, String goals, List<StatusCount> counts, String thresholds)
            implements Slide {

        public Numbers {
            counts = List.copyOf(counts);
        }
    }

    /**
     * A priority area (a pillar for Kungsbacka): its figure, the goals that carry it and those that
     * hold it back, and one chart of its goals. An area no goal contributes to has no headings
     * ({@code carryHeading} and {@code holdHeading} null) and no chart, and says so in {@code carryingNone}.
     */
    record Area(
            String kicker,
            String title,
            Figure figure,
            String goals,
            String carryHeading,
            List<GoalLine> carrying,
            String carryingNone,
            String holdHeading,
            List<GoalLine> holdingBack,
            String holdingBackNone,
            Chart chart)
            implements Slide {

        public Area {
            carrying = List.copyOf(carrying);
            holdingBack = List.copyOf(holdingBack);
        }
    }

    /** A nämnd's row: name, figure with its bar, status, and "6 av 6" indicators reported. */
    record CommitteeRow(
            String name, String percent, double fraction, Status status, String statusWord, String reported) {}

    /** The nämnder (on more than one slide when there are many), or a sentence when there are none. */
    record Committees(String title, List<CommitteeRow> rows, String none) implements Slide {

        public Committees {
            rows = List.copyOf(rows);
        }
    }

    /** A country's partners: "Tyskland: 4", with the map's fill for the swatch beside it. */
    record CountryLine(String text, String fill) {}

    /**
     * The activities: how many of each kind, and their partners on the map of Europe and by country.
     *
     * @param mapSvg the map as SVG, null when there is no partner with a country
     * @param mapAlt the map's text alternative for the PDF (where it is an image)
     */
    record Activities(
            String title,
            String summary,
            String kinds,
            String mapSvg,
            String mapAlt,
            String countriesHeading,
            List<CountryLine> countries,
            String moreCountries,
            String none)
            implements Slide {

        public Activities {
            countries = List.copyOf(countries);
        }
    }

    /** An activity's budget and external funding, with bar lengths against the largest amount. */
    record FundingRow(String name, String budget, double budgetFraction, String external, double externalFraction) {}

    /** External funding against the budget: the totals, and the activities with the largest budgets. */
    record Funding(
            String title,
            String budgetLabel,
            String budget,
            String externalLabel,
            String external,
            String share,
            List<FundingRow> rows,
            String more,
            String none)
            implements Slide {

        public Funding {
            rows = List.copyOf(rows);
        }
    }

    /** What comes next: the goals at risk by the trend forecast. */
    record AtRisk(String title, String lead, List<GoalLine> goals, String more) implements Slide {

        public AtRisk {
            goals = List.copyOf(goals);
        }
    }

    /** A group of things not reported: a heading with its count and the items (shortened to fit), or "Inga.". */
    record GapGroup(String heading, List<String> items, String more) {

        public GapGroup {
            items = List.copyOf(items);
        }
    }

    /** What comes next: what was not reported (indicators and goals without a value, nämnder without any). */
    record Gaps(String title, String lead, List<GapGroup> groups) implements Slide {

        public Gaps {
            groups = List.copyOf(groups);
        }
    }
}
