package se.maltavla.support;

import java.util.Arrays;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import se.maltavla.security.Role;

/** Calls a service as a signed-in user of a role, as the dashboard and the API do, then restores who was signed in. */
public final class SignedIn {

    private SignedIn() {}

    public static <T> T as(String user, Role role, Supplier<T> call) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                user,
                null,
                AuthorityUtils.createAuthorityList(
                        Arrays.stream(role.grantedRoles()).map(r -> "ROLE_" + r).toArray(String[]::new))));
        SecurityContextHolder.setContext(context);
        try {
            return call.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
