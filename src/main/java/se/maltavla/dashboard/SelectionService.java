package se.maltavla.dashboard;

import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The dashboard's memory: the municipality, plan year and evaluation date each user last chose,
 * so that the next visit opens there. A user reads and changes only the own choice.
 */
public interface SelectionService {

    /** The signed-in user's last choice, if there is one. */
    @PreAuthorize("isAuthenticated()")
    Optional<Selection> remembered();

    /** Remembers the signed-in user's choice (nothing for a user who is not in the database). */
    @PreAuthorize("isAuthenticated()")
    void remember(Selection selection);
}
