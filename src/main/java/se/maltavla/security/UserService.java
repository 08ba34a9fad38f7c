package se.maltavla.security;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.maltavla.security.internal.UserRepository;

/**
 * Måltavla's users: the public API of the security feature. Every change is checked here, on
 * the server, whatever the UI shows: only a coordinator manages users; any signed-in user
 * changes the own password. Rules a person can break raise {@link UserChangeRejectedException}.
 */
@Service
public class UserService {

    public static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@-]{2,100}");

    private final UserRepository users;
    private final PasswordEncoder encoder;

    UserService(UserRepository users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AppUser> listUsers() {
        return users.findAll();
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public AppUser createUser(String username, Role role, String password) {
        String name = username == null ? "" : username.trim();
        if (!USERNAME.matcher(name).matches()) {
            throw new UserChangeRejectedException("user.invalidname", name);
        }
        if (users.find(name).isPresent()) {
            throw new UserChangeRejectedException("user.taken", name);
        }
        return users.insert(name, hash(password), role);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public void changeRole(String username, Role role) {
        AppUser user = existing(username);
        if (role != Role.COORDINATOR && isLastCoordinator(user)) {
            throw new UserChangeRejectedException("user.lastcoordinator", user.username());
        }
        users.updateRole(username, role);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public void setEnabled(String username, boolean enabled) {
        AppUser user = existing(username);
        if (!enabled && isLastCoordinator(user)) {
            throw new UserChangeRejectedException("user.lastcoordinator", user.username());
        }
        users.updateEnabled(username, enabled);
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public void resetPassword(String username, String newPassword) {
        existing(username);
        users.updatePasswordHash(username, hash(newPassword));
    }

    /** The signed-in user's own password, given the current one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        var stored = users.find(authentication.getName())
                .orElseThrow(() -> new AccessDeniedException("No stored user " + authentication.getName()));
        if (currentPassword == null || !encoder.matches(currentPassword, stored.passwordHash())) {
            throw new UserChangeRejectedException("user.wrongpassword");
        }
        users.updatePasswordHash(stored.user().username(), hash(newPassword));
    }

    private AppUser existing(String username) {
        return users.find(username == null ? "" : username).map(UserRepository.StoredUser::user)
                .orElseThrow(() -> new UserChangeRejectedException("user.unknown", username));
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
