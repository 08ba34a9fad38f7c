package se.maltavla.dashboard.ui.activities;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.maltavla.activity.Activity;
import se.maltavla.fulfilment.GuidelineCriterion;
import se.maltavla.fulfilment.GuidelineReport;

/**
 * What the view shows: a municipality's activities in a plan year and which of them break the
 * guidelines.
 *
 * @param failures the criteria each breaking activity fails, by activity id; null when the check
 *     could not be made (an import is running)
 */
record ActivityFacts(
        String municipality, int year, List<Activity> activities, Map<Long, Set<GuidelineCriterion>> failures) {

    static final String HOME = "SE";

    ActivityFacts {
        activities = List.copyOf(activities);
    }

    /** The activities' failures, from the plan year's guideline check (null: not available). */
    static Map<Long, Set<GuidelineCriterion>> failures(GuidelineReport report) {
        if (report == null) {
            return null;
        }
        return report.breaches().stream()
                .filter(b -> "aktivitet".equals(b.kind()))
                .collect(Collectors.toMap(GuidelineReport.Breach::id, GuidelineReport.Breach::failed));
    }

    boolean guidelinesKnown() {
        return failures != null;
    }

    Set<GuidelineCriterion> failed(Activity activity) {
        return failures == null ? Set.of() : failures.getOrDefault(activity.id(), Set.of());
    }

    /** A country's name in the reader's language; the code itself when Java does not know it. */
    static String countryName(String code, Locale locale) {
        if (code == null) {
            return null;
        }
        String name = Locale.of("", code).getDisplayCountry(locale);
        return name.isEmpty() ? code : name;
    }
}
