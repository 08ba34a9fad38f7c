package se.maltavla.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@link SessionRights#check} on every request of the dashboard's filter chain, before anything is
 * authorised: page loads, Vaadin's UIDL, heartbeat and upload requests, the push connection's
 * opening. Not a bean, so that Spring Boot does not register it for every request a second time.
 */
final class SessionRightsFilter extends OncePerRequestFilter {

    private final SessionRights rights;

    SessionRightsFilter(SessionRights rights) {
        this.rights = rights;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        rights.check(request, response);
        chain.doFilter(request, response);
    }
}
