package se.maltavla.security;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.maltavla.security.internal.LoginThrottle;
import se.maltavla.security.internal.SessionRights;
import se.maltavla.security.internal.UserAudit;
import se.maltavla.security.internal.UserRepository;

/**
 * Måltavla's users: the public API of the security feature. Every change is checked here, on
 * the server, whatever the UI shows: only a coordinator manages users, and never the own role,
 * enabled flag or password (the own password is changed with the current one); any signed-in
 * user changes the own password. Rules a person can break raise {@link UserChangeRejectedException}.
 * A change of a role, an enabled flag or a password ends the user's open sessions at their next
 * request (SessionRights). Every change is recorded in the audit log in its own transaction
 * ({@link UserAudit}): when the entry cannot be stored, the change is rolled back.
 */
@Service
public class UserService {

    public static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@-]{2,100}");

    /** The own-password check's "address" in the login throttle: a session guessing its own password. */
    private static final String OWN_PASSWORD = "own-password-check";

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final SessionRights sessions;
    private final LoginThrottle throttle;
    private final UserAudit audit;

    UserService(
            UserRepository users,
            PasswordEncoder encoder,
            SessionRights sessions,
            LoginThrottle throttle,
            UserAudit audit) {
        this.users = users;
        this.encoder = encoder;
        this.sessions = sessions;
        this.throttle = throttle;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AppUser> listUsers() {
        return users.findAll();
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public AppUser createUser(String username, Role role, String password) {
        if (role == Role.REPORTER) {
            throw new UserChangeRejectedException("user.reporter.nobinding", username);
        }
        return insert(username, role, password);
    }

    /**
     * A reporter (rapportör) for the nämnder of one municipality. The municipality is a four-digit
     * code, the nämnder at least one, named as the import files name them.
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public AppUser createReporter(String username, String password, ReporterBinding binding) {
        ReporterBinding checked = checked(binding);
        AppUser user = insert(username, Role.REPORTER, password);
        users.updateBinding(user.username(), checked);
        audit.bindingChanged(user.username(), ReporterBinding.NOTHING, checked);
        return user;
    }

    /**
     * Binds a reporter to other nämnder (or another municipality). Ends the reporter's open
     * sessions when anything changed; the next import of the reporter's files uses the new binding.
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public void changeBinding(String username, ReporterBinding binding) {
        AppUser user = existing(username);
        notTheSignedInUser(user, "user.self.role");
        if (user.role() != Role.REPORTER) {
            throw new UserChangeRejectedException("user.reporter.notreporter", user.username());
        }
        ReporterBinding before = users.binding(user.username());
        ReporterBinding after = checked(binding);
        users.updateBinding(user.username(), after);
        audit.bindingChanged(user.username(), before, users.binding(user.username()));
    }

    /** The municipality and nämnder of every reporter, by user name. */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional(readOnly = true)
    public java.util.Map<String, ReporterBinding> bindings() {
        return users.bindings();
    }

    /** The signed-in user's own binding (a reporter's; empty for others). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ReporterBinding ownBinding() {
        Authentication authentication = sessions.currentAuthentication();
        return users.binding(authentication.getName());
    }

    private static ReporterBinding checked(ReporterBinding binding) {
        if (binding == null || binding.municipality() == null) {
            throw new UserChangeRejectedException("user.reporter.nomunicipality");
        }
        if (!binding.municipality().matches("\\d{4}")) {
            throw new UserChangeRejectedException("user.reporter.municipality", binding.municipality());
        }
        if (binding.committees().isEmpty()) {
            throw new UserChangeRejectedException("user.reporter.nocommittee");
        }
        for (String committee : binding.committees()) {
            if (committee.length() > 500) {
                throw new UserChangeRejectedException("user.reporter.committeetoolong", committee.substring(0, 40));
            }
        }
        return binding;
    }

    private AppUser insert(String username, Role role, String password) {
        String name = username == null ? "" : username.trim();
        if (!USERNAME.matcher(name).matches()) {
            throw new UserChangeRejectedException("user.invalidname", name);
        }
        if (users.find(name).isPresent()) {
            throw new UserChangeRejectedException("user.taken", name);
        }
        AppUser created = users.insert(name, hash(password), role);
        audit.created(created);
        return created;
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public void changeRole(String username, Role role) {
        AppUser user = existing(username);
        notTheSignedInUser(user, "user.self.role");
        if (role != Role.COORDINATOR && isLastCoordinator(user)) {
            throw new UserChangeRejectedException("user.lastcoordinator", user.username());
        }
        boolean changed = users.updateRole(username, role);
        if (role != Role.REPORTER) {
            // A binding is a reporter's only: none is left behind to come back with a later change of role.
            users.updateBinding(username, ReporterBinding.NOTHING);
        }
        if (changed) {
            audit.changed(user, existing(username));
        }
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public void setEnabled(String username, boolean enabled) {
        AppUser user = existing(username);
        notTheSignedInUser(user, "user.self.enabled");
        if (!enabled && isLastCoordinator(user)) {
            throw new UserChangeRejectedException("user.lastcoordinator", user.username());
        }
        if (users.updateEnabled(username, enabled)) {
            audit.changed(user, existing(username));
        }
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public void resetPassword(String username, String newPassword) {
        // The own password only with the current one (Mitt konto): a session left open is not enough.
        AppUser user = existing(username);
        notTheSignedInUser(user, "user.self.password");
        if (users.updatePasswordHash(username, hash(newPassword))) {
            audit.passwordReset(user);
        }
    }

    /**
     * The signed-in user's own password, given the current one. The session it is changed in stays
     * signed in; the user's other sessions end. Wrong current passwords are throttled as logins
     * are, so that an open session is no way to guess the password.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        Authentication authentication = sessions.currentAuthentication();
        var stored = users.find(authentication.getName())
                .orElseThrow(() -> new AccessDeniedException("No stored user " + authentication.getName()));
        String username = stored.user().username();
        Duration refused = throttle.refusal(username, OWN_PASSWORD);
        if (!refused.isZero()) {
            throw new UserChangeRejectedException("user.throttled", refused.toSeconds());
        }
        if (currentPassword == null || !encoder.matches(currentPassword, stored.passwordHash())) {
            throttle.failed(username, OWN_PASSWORD);
            throw new UserChangeRejectedException("user.wrongpassword");
        }
        throttle.succeeded(username, OWN_PASSWORD);
        if (users.updatePasswordHash(username, hash(newPassword))) {
            audit.ownPasswordChanged(stored.user());
        }
        sessions.keepCurrentSession();
    }

    private AppUser existing(String username) {
        return users.find(username == null ? "" : username)
                .map(UserRepository.StoredUser::user)
                .orElseThrow(() -> new UserChangeRejectedException("user.unknown", username));
    }

    /** Nobody changes the own role, enabled flag or password here, whatever the page sends. */
    private void notTheSignedInUser(AppUser user, String key) {
        Authentication authentication = sessions.currentAuthentication();
        if (authentication != null
                && UserRepository.key(authentication.getName()).equals(UserRepository.key(user.username()))) {
            throw new UserChangeRejectedException(key, user.username());
        }
    }

    private boolean isLastCoordinator(AppUser user) {
        return user.role() == Role.COORDINATOR && user.enabled() && users.countEnabledCoordinators() <= 1;
    }

    private String hash(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new UserChangeRejectedException("user.shortpassword", MIN_PASSWORD_LENGTH);
        }
        return encoder.encode(password);
    }
}
