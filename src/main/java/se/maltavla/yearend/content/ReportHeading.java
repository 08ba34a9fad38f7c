package se.maltavla.yearend.content;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import se.maltavla.fulfilment.Thresholds;

/**
 * What the report is of: a municipality's plan year, the version of its lock (0 for a draft of a
 * year not locked), the date its figures are for, who locked it and when, and the thresholds in force.
 *
 * @param strategyName the strategy the plan year follows; null when none was found
 */
public record ReportHeading(
        String municipality,
        String municipalityName,
        int year,
        int version,
        boolean draft,
        LocalDate evaluationDate,
        OffsetDateTime lockedAt,
        String lockedBy,
        String strategyName,
        Thresholds thresholds) {}
