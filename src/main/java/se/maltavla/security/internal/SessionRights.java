package se.maltavla.security.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
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

    /**
     * Sent with the answer that ended a session, for ten minutes: the login page says why the user was
     * logged out, and removes it. A cookie, not an attribute of a new session: the browser's other
     * requests of that moment (the push connection reconnecting) may start yet another session.
     */
    public static final String ENDED_COOKIE = "maltavla-session-ended";

    /** On a request {@link #check(HttpServletRequest, HttpServletResponse)} has seen. */
    static final String CHECKED_ATTRIBUTE = SessionRights.class.getName() + ".checked";

    private static final Logger LOG = LoggerFactory.getLogger(SessionRights.class);

    private final UserRepository users;
    private final ObjectProvider<SecurityContextHolderStrategy> strategies;

    SessionRights(UserRepository users, ObjectProvider<SecurityContextHolderStrategy> strategies) {
        this.users = users;
        this.strategies = strategies;
    }

    /**
     * The application's own holder of the signed-in user (Vaadin's, in the web application), not
     * the JVM-wide default: several application contexts in one JVM (tests) each have their own.
     */
    SecurityContextHolderStrategy strategy() {
        return strategies.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** Who is signed in on this thread, if anybody. */
    public Authentication currentAuthentication() {
        return strategy().getContext().getAuthentication();
    }

    /**
     * Whether a session's authentication still stands. Nobody signed in: nothing to end. A
     * principal without a security version (a session older than this check) does not stand.
     */
    boolean stands(Authentication authentication) {
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
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
     * and lands on the login page, which says why). The login is read from the session itself, the
     * one place every holder of this request's security context loaded it from.
     */
    void check(HttpServletRequest request, HttpServletResponse response) {
        request.setAttribute(CHECKED_ATTRIBUTE, Boolean.TRUE);
        HttpSession session = request.getSession(false);
        if (session == null || !check(session)) {
            return;
        }
        strategy().clearContext();
        response.addCookie(endedCookie(request, Duration.ofMinutes(10)));
    }

    /** The cookie that makes the login page say why; with a zero age, the one that removes it. */
    public static Cookie endedCookie(HttpServletRequest request, Duration age) {
        Cookie cookie = new Cookie(ENDED_COOKIE, age.isZero() ? "" : "1");
        String path = request.getContextPath();
        cookie.setPath(path == null || path.isEmpty() ? "/" : path);
        cookie.setMaxAge((int) age.toSeconds());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    /**
     * Checks a session's login; when it no longer stands, takes it out of the session's security
     * context (which this request's holder shares) and invalidates the session. Says whether it did.
     * For requests through the filter and for messages over Vaadin's websocket alike.
     */
    boolean check(HttpSession session) {
        Object stored;
        try {
            stored = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        } catch (IllegalStateException invalidated) {
            return false;
        }
        if (!(stored instanceof SecurityContext context) || stands(context.getAuthentication())) {
            return false;
        }
        String name = context.getAuthentication().getName();
        context.setAuthentication(null);
        session.invalidate();
        LOG.info(
                "Ended a session of {}: the user's role, account or password changed since the login.",
                LogText.of(name));
        return true;
    }

    /**
     * After the signed-in user changed the own password (which counts the version up), keeps the
     * session the change was made in: its login takes the new version. Every other session of the
     * user ends at its next request.
     */
    public void keepCurrentSession() {
        SecurityContext current = strategy().getContext();
        Authentication authentication = current.getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)) {
            return;
        }
        int version = users.rights(user.getUsername())
                .map(UserRepository.Rights::securityVersion)
                .orElse(user.securityVersion());
        UsernamePasswordAuthenticationToken renewed = UsernamePasswordAuthenticationToken.authenticated(
                user.withSecurityVersion(version), null, authentication.getAuthorities());
        renewed.setDetails(authentication.getDetails());
        current.setAuthentication(renewed);
        // The session's own context, which the next requests load: the same object as a rule, set
        // there too so that this holds whatever loaded this request's context.
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            if (session != null
                    && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                            instanceof SecurityContext stored) {
                stored.setAuthentication(renewed);
            }
        }
    }
}
