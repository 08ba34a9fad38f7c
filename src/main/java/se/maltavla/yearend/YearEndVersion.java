package se.maltavla.yearend;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One lock of a plan year ("fastställande"): its snapshot is immutable; a reopening is recorded
 * on the version it ends.
 *
 * @param evaluationDate the date the figures were locked at (default YEAR-12-31)
 * @param lockedBy the coordinator's user name, or the command line's operator
 * @param reopenedAt null while the version is in force
 */
public record YearEndVersion(
        int version,
        LocalDate evaluationDate,
        OffsetDateTime lockedAt,
        String lockedBy,
        OffsetDateTime reopenedAt,
        String reopenedBy,
        String reopenReason) {

    /** Whether this version is the one in force (not reopened). */
    public boolean inForce() {
        return reopenedAt == null;
    }
}
