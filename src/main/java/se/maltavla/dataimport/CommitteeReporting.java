package se.maltavla.dataimport;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One nämnd's reporting for a plan year, for the coordinator (Rapporteringsläge).
 *
 * @param lastFile the latest file whose rows are stored for the nämnd's plan or values of the year; null when none
 * @param lastFileAt when that file was imported
 * @param lastFileBy who uploaded it; null for a file that came into the inbox otherwise (the nightly drop)
 * @param latestPeriod the municipality's latest period with values in the year (e.g. 2016-T2), null when none
 * @param latestPeriodEnd the day that period ends
 * @param indicators the nämnd's indicators in the year's plan
 * @param reportedForLatest how many of them have a value for a period ending on {@code latestPeriodEnd}
 * @param rejectedWaiting rejected rows about its indicators of the year that no later file has made good
 * @param reporters the reporters (rapportörer) bound to the nämnd
 */
public record CommitteeReporting(
        String committee,
        String lastFile,
        OffsetDateTime lastFileAt,
        String lastFileBy,
        String latestPeriod,
        LocalDate latestPeriodEnd,
        int indicators,
        int reportedForLatest,
        long rejectedWaiting,
        List<String> reporters) {

    public boolean reportedLatest() {
        return reportedForLatest > 0;
    }
}
