package se.maltavla.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.maltavla.security.internal.SessionRights;
import se.maltavla.security.internal.UserRepository;

/**
 * What the import needs to know of reporters (rapportörer), for every path alike (the dashboard,
 * the API, the nightly run): who is signed in on this thread, whether that is a reporter, and what
 * the person who uploaded a file may import now. Unchecked: the nightly run has no user; it reads,
 * never changes.
 */
@Service
public class ReporterRights {

    private final SessionRights sessions;
    private final UserRepository users;

    ReporterRights(SessionRights sessions, UserRepository users) {
        this.sessions = sessions;
        this.users = users;
    }

    /** The signed-in user's name, if anybody is signed in on this thread. */
    public Optional<String> currentUser() {
        Authentication authentication = sessions.currentAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null) {
            return Optional.empty();
        }
        return Optional.of(authentication.getName());
    }

    /**
     * The signed-in user's name when that user is a reporter and not a coordinator: the import then
     * shows and takes only the user's own files.
     */
    public Optional<String> currentReporter() {
        Authentication authentication = sessions.currentAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        boolean reporter = false;
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            if (("ROLE_" + Role.COORDINATOR.name()).equals(authority.getAuthority())) {
                return Optional.empty();
            }
            reporter |= ("ROLE_" + Role.REPORTER.name()).equals(authority.getAuthority());
        }
        return reporter ? Optional.of(authentication.getName()) : Optional.empty();
    }

    /**
     * What a file uploaded by {@code username} may change, read now (rights end when taken away):
     * empty for an enabled coordinator (anything); a reporter's binding for an enabled reporter;
     * {@link ReporterBinding#NOTHING} for anybody else (disabled, deleted, made a viewer).
     */
    @Transactional(readOnly = true)
    public Optional<ReporterBinding> limitsOf(String username) {
        var rights = users.rights(username).orElse(null);
        if (rights == null || !rights.enabled()) {
            return Optional.of(ReporterBinding.NOTHING);
        }
        return switch (rights.role()) {
            case COORDINATOR -> Optional.empty();
            case REPORTER -> Optional.of(users.binding(username));
            case VIEWER -> Optional.of(ReporterBinding.NOTHING);
        };
    }

    /** The user name as stored (its spelling), or the name given when there is no such user. */
    public String storedName(String username) {
        return users.find(username).map(u -> u.user().username()).orElse(username);
    }
}
