package se.maltavla.yearend.content;

import java.util.List;
import se.maltavla.activity.Activity;
import se.maltavla.activity.CountryPartners;
import se.maltavla.activity.FundingSummary;
import se.maltavla.fulfilment.GuidelineReport;

/**
 * The plan year's international activities: twin towns, projects, networks, exchanges and
 * monitoring (by type, then code), their partners by country, external funding against own
 * budget, and the activities that break a guideline.
 */
public record ActivityPart(
        List<Activity> activities,
        List<CountryPartners> countries,
        FundingSummary funding,
        List<GuidelineReport.Breach> breaches) {

    public ActivityPart {
        activities = List.copyOf(activities);
        countries = List.copyOf(countries);
        breaches = List.copyOf(breaches);
    }
}
