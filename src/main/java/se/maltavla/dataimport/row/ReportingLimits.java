package se.maltavla.dataimport.row;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import se.maltavla.shared.municipality.SwedishMunicipalities;

/**
 * What the person who uploaded a file may change (design decision 0022): anything (a coordinator,
 * or a file nobody uploaded: the inbox's own), or, for a reporter (rapportör), the nämnder of one
 * municipality. Applied row by row as the year-end lock is ({@link YearLocks}): a row about another
 * municipality or another nämnd is rejected with a reason that names both, and counted as rejected
 * (exit status 2); the other rows of the file are imported.
 */
public final class ReportingLimits {

    /** No limit: a coordinator's file, or one nobody uploaded. */
    public static final ReportingLimits NONE = new ReportingLimits(null, null, List.of());

    private final String uploader;
    private final String municipality;
    private final List<String> committees;
    private final Set<String> committeeKeys;

    private ReportingLimits(String uploader, String municipality, List<String> committees) {
        this.uploader = uploader;
        this.municipality = municipality;
        this.committees = List.copyOf(committees);
        this.committeeKeys = committees.stream().map(Lookups::committeeKey).collect(Collectors.toSet());
    }

    /**
     * A reporter's limits.
     *
     * @param municipality null when the uploader may report for nothing (disabled, no nämnd, no longer a reporter)
     */
    public static ReportingLimits of(String uploader, String municipality, List<String> committees) {
        return new ReportingLimits(uploader, municipality, committees);
    }

    public boolean limited() {
        return uploader != null;
    }

    /** Rejects a row about another municipality than the reporter's (or any row, when it may report for nothing). */
    public void requireMunicipality(RowValues row, String rowMunicipality) {
        if (!limited()) {
            return;
        }
        if (municipality == null || committees.isEmpty()) {
            throw row.reject("kommun", "row.reporter.nothing", uploader);
        }
        if (!municipality.equals(rowMunicipality)) {
            throw row.reject(
                    "kommun",
                    "row.reporter.municipality",
                    SwedishMunicipalities.nameAndCode(rowMunicipality),
                    uploader,
                    SwedishMunicipalities.nameAndCode(municipality));
        }
    }

    /** Rejects a row that names another nämnd in {@code column} than the reporter's, or none. */
    public void requireCommittee(RowValues row, String column, String committee) {
        if (!limited()) {
            return;
        }
        if (committee == null || committee.isBlank()) {
            throw row.reject(column, "row.reporter.nocommittee", uploader, committeesText());
        }
        if (!committeeKeys.contains(Lookups.committeeKey(committee))) {
            throw row.reject(column, "row.reporter.committee", committee.trim(), uploader, committeesText());
        }
    }

    /**
     * Rejects a row about something stored as another nämnd's (an indicator, a goal, an activity):
     * {@code what} names it in the reason (the code as written), {@code owner} the nämnd it belongs to
     * (null: the municipality's, no nämnd's).
     */
    public void requireOwned(RowValues row, String column, String reasonKey, String what, String owner) {
        if (!limited()) {
            return;
        }
        requireOwned(column, row.raw(column), reasonKey, what, owner);
    }

    /** As {@link #requireOwned(RowValues, String, String, String, String)}, for a store that has the value only. */
    public void requireOwned(String column, String rawValue, String reasonKey, String what, String owner) {
        if (!limited()) {
            return;
        }
        if (owner == null || !committeeKeys.contains(Lookups.committeeKey(owner))) {
            throw new RowRejectedException(
                    column, rawValue, reasonKey, what, owner == null ? "–" : owner, uploader, committeesText());
        }
    }

    private String committeesText() {
        return String.join(", ", committees);
    }

    @Override
    public String toString() {
        return limited()
                ? uploader + ": " + municipality + " " + committees.toString().toLowerCase(Locale.ROOT)
                : "no limits";
    }
}
