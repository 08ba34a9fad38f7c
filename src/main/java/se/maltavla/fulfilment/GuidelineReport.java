package se.maltavla.fulfilment;

import java.util.List;
import java.util.Set;

/**
 * The guideline check of a municipality's plan year (docs/fulfilment.md §5.2): goals and activities
 * checked against the strategy's rules and SMART, as shares per nämnd and per strategy element,
 * and the goals and activities that break a rule.
 *
 * @param committees one entry per nämnd with goals or activities in the year
 * @param elements one entry per strategy element (priority areas, pillars, …; also without subjects)
 * @param breaches every goal and activity that fails a criterion
 */
public record GuidelineReport(
        String municipality, int year, List<Group> committees, List<Group> elements, List<Breach> breaches) {

    public GuidelineReport {
        committees = List.copyOf(committees);
        elements = List.copyOf(elements);
        breaches = List.copyOf(breaches);
    }

    /**
     * A nämnd or an element with its shares.
     *
     * @param code the element code, or the nämnd's name
     * @param type the element's typ; null for a nämnd
     */
    public record Group(long id, String code, String name, String type, GuidelineShares shares) {}

    /**
     * A goal or an activity failing the check.
     *
     * @param kind {@code mal} or {@code aktivitet}
     * @param committee its nämnd's name, null when it has none
     */
    public record Breach(
            String kind, long id, String code, String name, String committee, Set<GuidelineCriterion> failed) {}
}
