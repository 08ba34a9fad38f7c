package se.maltavla.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import se.maltavla.audit.AuditLog;
import se.maltavla.audit.Operator;

/**
 * Who makes a change and from where. In order: the operator of a command line (the operating
 * system's user, from {@code kommandorad:COMMAND}); the signed-in user, from the address of the
 * request being served (the servlet request's remote address, which is the address a trusted
 * proxy names in X-Forwarded-For only when Måltavla is configured behind one,
 * docs/security.md; a forged header is otherwise ignored), or Vaadin's request over the push
 * connection, or the address the user logged in from; nobody signed in: Måltavla itself.
 */
@Component
class Actors {

    record Actor(String name, String origin) {}

    static final String UNKNOWN_ADDRESS = "?";

    private final ObjectProvider<SecurityContextHolderStrategy> strategies;
    private final List<ClientAddresses> addresses;

    Actors(ObjectProvider<SecurityContextHolderStrategy> strategies, List<ClientAddresses> addresses) {
        this.strategies = strategies;
        this.addresses = addresses;
    }

    Actor current() {
        String command = Operator.command();
        if (command != null) {
            return new Actor(Operator.systemUser(), AuditLog.COMMAND_LINE_PREFIX + command);
        }
        Authentication authentication = authentication();
        if (!signedIn(authentication)) {
            return new Actor(AuditLog.SYSTEM, "system");
        }
        return new Actor(authentication.getName(), address(authentication));
    }

    Actor of(Authentication authentication) {
        return new Actor(authentication.getName(), address(authentication));
    }

    static boolean signedIn(Authentication authentication) {
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    private Authentication authentication() {
        Authentication own = strategies
                .getIfAvailable(SecurityContextHolder::getContextHolderStrategy)
                .getContext()
                .getAuthentication();
        return own != null ? own : SecurityContextHolder.getContext().getAuthentication();
    }

    private String address(Authentication authentication) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            if (request.getRemoteAddr() != null) {
                return request.getRemoteAddr();
            }
        }
        for (ClientAddresses source : addresses) {
            Optional<String> address = source.current();
            if (address.isPresent()) {
                return address.get();
            }
        }
        if (authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return UNKNOWN_ADDRESS;
    }
}
