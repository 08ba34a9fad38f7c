package se.maltavla.yearend.content;

import java.util.List;
import se.maltavla.yearend.Snapshot;

/**
 * "Uppföljning av internationell strategi, årsbokslut YEAR": everything the written report says,
 * in the order a council reads it (issue 11 §3), taken from one snapshot only, so that every figure
 * is the locked one and can be traced to a file and a line.
 *
 * @param otherTexts qualitative texts about neither a priority area nor a goal (perspectives, …)
 * @param indicators every indicator, for the appendix: value, period, source file and line
 */
public record YearEndReport(
        ReportHeading heading,
        ReportSummary summary,
        List<AreaPart> areas,
        List<CommitteePart> committees,
        List<NarrativeLine> otherTexts,
        ActivityPart activities,
        List<Unassessed> unassessed,
        List<GoalAtRisk> atRisk,
        List<IndicatorLine> indicators) {

    public YearEndReport {
        areas = List.copyOf(areas);
        committees = List.copyOf(committees);
        otherTexts = List.copyOf(otherTexts);
        unassessed = List.copyOf(unassessed);
        atRisk = List.copyOf(atRisk);
        indicators = List.copyOf(indicators);
    }

    /** The report of a snapshot (a locked version, or a draft of a year not locked). */
    public static YearEndReport of(Snapshot snapshot) {
        return ReportAssembly.of(snapshot);
    }
}
