package se.maltavla.yearend;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The year-end's public API. Locking and reopening are for coordinators, checked here whatever a
 * page or a request sends; the command line acts as the server's operator.
 */
public interface YearEndService {

    /** Whether the plan year is locked, and its versions. */
    @PreAuthorize("isAuthenticated()")
    YearEndState state(String municipality, int year);

    /**
     * Locks the plan year at an evaluation date (null: YEAR-12-31), storing its snapshot as the next
     * version. Waits for a running import to finish (up to two minutes).
     *
     * @throws YearEndException for an unknown municipality or plan year, a date outside the year,
     *     or a year already locked
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    YearEndVersion lock(String municipality, int year, LocalDate evaluationDate);

    /**
     * Reopens a locked plan year with a written reason; its version is kept, and locking again
     * creates the next.
     *
     * @throws YearEndException when the year is not locked or the reason is blank or too long
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    YearEndVersion reopen(String municipality, int year, String reason);

    /** A version's snapshot (the latest when {@code version} is null), if there is one. */
    @PreAuthorize("isAuthenticated()")
    Optional<Snapshot> snapshot(String municipality, int year, Integer version);

    /**
     * The snapshot the documents show: the given version's, or without one the version in force,
     * or for a year not locked a draft (version 0) at the plan year's default evaluation date, built
     * now and not stored (the documents say "Utkast" on every page).
     *
     * @throws YearEndException for an unknown municipality, plan year or version
     */
    @PreAuthorize("isAuthenticated()")
    Snapshot forDocuments(String municipality, int year, Integer version);

    /**
     * What is missing before locking, per nämnd, from the data as it is now (also for a locked
     * year: what a reopening would have to fix).
     */
    @PreAuthorize("isAuthenticated()")
    Readiness readiness(String municipality, int year);

    /**
     * The steering group's pack: what changed in the plan year between two dates (null: the
     * previous tertial end before the latest date, and the latest: the plan year's default date).
     *
     * @throws YearEndException for an unknown municipality or plan year, or {@code from} not before {@code to}
     */
    @PreAuthorize("isAuthenticated()")
    SteeringPack changes(String municipality, int year, LocalDate from, LocalDate to);

    /** What changed between two versions of a plan year. */
    @PreAuthorize("isAuthenticated()")
    VersionDifference difference(String municipality, int year, int from, int to);
}
