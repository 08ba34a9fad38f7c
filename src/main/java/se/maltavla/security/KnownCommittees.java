package se.maltavla.security;

import java.util.List;

/**
 * The nämnder a municipality's files have named so far, for choosing a reporter's: implemented by
 * the import, which owns them (the security feature depends on no other, as the year-end's locks
 * are offered to the import the same way).
 */
public interface KnownCommittees {

    /** None known (a context without the import). */
    KnownCommittees NONE = municipality -> List.of();

    /** The nämnder of the municipality as written, in alphabetical order. */
    List<String> of(String municipality);
}
