package se.maltavla.yearend.content;

import java.util.List;
import se.maltavla.activity.CountryPartners;
import se.maltavla.activity.FundingSummary;
import se.maltavla.fulfilment.GuidelineReport;
import se.maltavla.yearend.Snapshot;

/** The activities' part: the list, partners by country, funding, and the activities breaking a guideline. */
final class Activities {

    static final String ACTIVITY = "aktivitet";

    private Activities() {}

    static ActivityPart part(Snapshot snapshot) {
        List<GuidelineReport.Breach> breaches = snapshot.guidelines() == null
                ? List.of()
                : snapshot.guidelines().breaches().stream()
                        .filter(b -> ACTIVITY.equals(b.kind()))
                        .toList();
        return new ActivityPart(
                snapshot.activities(),
                CountryPartners.of(snapshot.activities()),
                FundingSummary.of(snapshot.activities()),
                breaches);
    }
}
