package se.maltavla.security.internal;

import java.util.Arrays;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import se.maltavla.security.Role;

/**
 * The principal of a login: Spring Security's user with the role and the security version it was
 * loaded with. A session keeps it, and {@link SessionRights} compares it with the stored user on
 * every request: when the version moved (a new role, disabled, a new password) the session ends.
 */
public final class SignedInUser extends User {

    private final Role role;
    private final int securityVersion;

    SignedInUser(UserRepository.StoredUser stored) {
        this(
                stored.user().username(),
                stored.passwordHash(),
                stored.user().enabled(),
                stored.user().role(),
                stored.securityVersion());
    }

    private SignedInUser(String username, String password, boolean enabled, Role role, int securityVersion) {
        super(
                username,
                password,
                enabled,
                true,
                true,
                true,
                AuthorityUtils.createAuthorityList(
                        Arrays.stream(role.grantedRoles()).map(r -> "ROLE_" + r).toArray(String[]::new)));
        this.role = role;
        this.securityVersion = securityVersion;
    }

    /** The same user at another security version (after changing the own password). */
    SignedInUser withSecurityVersion(int version) {
        return new SignedInUser(getUsername(), "", isEnabled(), role, version);
    }

    public Role role() {
        return role;
    }

    public int securityVersion() {
        return securityVersion;
    }

    /** Whether the stored rights are still the ones this login was given. */
    boolean matches(UserRepository.Rights rights) {
        return rights.enabled() && rights.role() == role && rights.securityVersion() == securityVersion;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other); // by user name, as Spring Security's User
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
