package se.maltavla.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import se.maltavla.shared.i18n.Messages;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a client is told when {@link LoginThrottle} refuses a login. The API: {@code 429 Too Many
 * Requests} with {@code Retry-After} (seconds) and a problem document (RFC 9457) in Swedish, in
 * English with {@code Accept-Language: en}. The login form: back to the login page, which says how
 * long to wait ({@code /login?wait=SECONDS}); any other failure as before ({@code /login?error}).
 */
final class LoginRefusals {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LoginRefusals() {}

    /** The API's entry point: 429 for a refused login, {@code otherwise} for every other reason. */
    static AuthenticationEntryPoint api(AuthenticationEntryPoint otherwise, MessageSource messages) {
        return (request, response, e) -> {
            if (e instanceof LoginThrottledException refused) {
                tooManyRequests(request, response, refused, messages);
            } else {
                otherwise.commence(request, response, e);
            }
        };
    }

    /** The login form's failure handler. */
    static AuthenticationFailureHandler form() {
        DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();
        return (request, response, e) -> redirect.sendRedirect(
                request,
                response,
                e instanceof LoginThrottledException refused ? "/login?wait=" + refused.waitSeconds() : "/login?error");
    }

    private static void tooManyRequests(
            HttpServletRequest request,
            HttpServletResponse response,
            LoginThrottledException refused,
            MessageSource messages)
            throws IOException {
        Locale locale = language(request.getHeader("Accept-Language"));
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", messages.getMessage("security.throttled.title", null, locale));
        problem.put("status", 429);
        problem.put(
                "detail", messages.getMessage("security.throttled.api", new Object[] {refused.waitSeconds()}, locale));
        problem.put("instance", request.getRequestURI());
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(refused.waitSeconds()));
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8);
        response.getWriter().write(JSON.writeValueAsString(problem));
    }

    /** English when the client prefers it to Swedish, else Swedish (as the API's other answers). */
    static Locale language(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Messages.SWEDISH;
        }
        try {
            Locale best = Locale.lookup(
                    Locale.LanguageRange.parse(acceptLanguage), List.of(Messages.SWEDISH, Locale.ENGLISH));
            return best == null ? Messages.SWEDISH : best;
        } catch (IllegalArgumentException malformed) {
            return Messages.SWEDISH;
        }
    }
}
