package se.maltavla.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Rights end when they are taken away: a signed-in session holds the {@link SignedInUser} it
 * logged in as, and on every request (the filter for HTTP, {@link PushRightsCheck} for messages
 * over Vaadin's websocket) it is compared with the stored user. A new role, a disabled account, a
 * new password or a deleted user ends the session at that request. The signal is the database's
 * {@code security_version}, so a change made by another process (jobs/reset-password) counts
 * exactly as one made in the dashboard. One small read by the unique key per request.
 */
@Component
public class SessionRights {

    /** On the session that follows an ended one: the login page says why the user was logged out. */
    public static final String ENDED_ATTRIBUTE = "maltavla.session-ended";

    /** On a request {@link #check(HttpServletRequest, HttpServletResponse)} has seen. */
    static final String CHECKED_ATTRIBUTE = SessionRights.class.getName() + ".checked";

    private static final Logger LOG = LoggerFactory.getLogger(SessionRights.class);

    private final UserRepository users;

    SessionRights(UserRepository users) {
        this.users = users;
    }

    /**
     * Whether a session's authentication still stands. Nobody signed in: nothing to end. A
     * principal without a security version (a session older than this check) does not stand.
     */
    boolean stands(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return true;
        }
        if (!(authentication.getPrincipal() instanceof SignedInUser user)) {
            return false;
        }
        return users.rights(user.getUsername()).map(user::matches).orElse(false);
    }

    /**
     * Ends the request's session when its login no longer stands: the session is invalidated (Vaadin's
     * UIs in it with it) and the request goes on as anonymous, so that Spring Security sends a page
     * to the login and Vaadin answers its own requests with "session expired" (the browser reloads,
     * and lands on the login page, which says why).
     */
    void check(HttpServletRequest request, HttpServletResponse response) {
        request.setAttribute(CHECKED_ATTRIBUTE, Boolean.TRUE);
        if (request.getSession(false) == null) {
            return;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (stands(authentication)) {
            return;
        }
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        request.getSession(true).setAttribute(ENDED_ATTRIBUTE, Boolean.TRUE);
        LOG.info("Ended a session of {}: the user's role, account or password changed since the login.",
                LogText.of(authentication.getName()));
    }

    /**
     * The same check for a session reached without a servlet filter (a message over Vaadin's
     * websocket): clears the login and invalidates the session. Says whether it ended it.
     */
    boolean check(HttpSession session) {
        Object stored = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (!(stored instanceof SecurityContext context) || stands(context.getAuthentication())) {
            return false;
        }
        String name = context.getAuthentication().getName();
        context.setAuthentication(null);
        session.invalidate();
        LOG.info("Ended a session of {} (push): the user's role, account or password changed since the login.",
                LogText.of(name));
        return true;
    }

    /**
     * After the signed-in user changed the own password (which counts the version up), keeps the
     * session the change was made in: its login takes the new version. Every other session of the
     * user ends at its next request.
     */
    public void keepCurrentSession() {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication authentication = context.getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)) {
            return;
        }
        int version = users.rights(user.getUsername()).map(UserRepository.Rights::securityVersion)
                .orElse(user.securityVersion());
        UsernamePasswordAuthenticationToken renewed = UsernamePasswordAuthenticationToken.authenticated(
                user.withSecurityVersion(version), null, authentication.getAuthorities());
        renewed.setDetails(authentication.getDetails());
        context.setAuthentication(renewed);
        // The context is the session's own object; stored again so that this holds whatever the
        // context repository does.
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            if (session != null) {
                session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
            }
        }
    }
}
