package se.maltavla.yearend;

import java.util.List;
import java.util.Optional;

/**
 * Whether a municipality's plan year is locked, and every version it has had, newest first.
 *
 * @param municipalityName as people name it ("Ronneby"), or the code when unknown
 */
public record YearEndState(String municipality, String municipalityName, int year, List<YearEndVersion> versions) {

    public YearEndState {
        versions = List.copyOf(versions);
    }

    /** The version in force, if the year is locked. */
    public Optional<YearEndVersion> lockedVersion() {
        return versions.isEmpty() || !versions.getFirst().inForce()
                ? Optional.empty()
                : Optional.of(versions.getFirst());
    }

    public boolean locked() {
        return lockedVersion().isPresent();
    }
}
