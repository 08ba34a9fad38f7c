package se.maltavla.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first filter an API request meets (before Spring Security): it makes every answer under
 * /api a problem document where none would be. A query string that cannot be decoded (a broken
 * {@code %}, bytes that are not UTF-8) is refused here with a 400 naming the parameter, not left
 * to fail deep inside with a stack trace; a {@code sendError} from any filter or servlet below
 * (Spring Security, Spring MVC) writes a problem document at once instead of Tomcat's error
 * dispatch (which led to the dashboard's login page); an exception nothing else answered is a 500.
 */
class ApiRequestFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(ApiRequestFilter.class);
    /** The part of a value the problem repeats. */
    private static final int SHOWN_VALUE = 100;

    private final ApiProblems problems;
    private final ApiRequestRejectedHandler rejected;

    ApiRequestFilter(ApiProblems problems, ApiRequestRejectedHandler rejected) {
        this.problems = problems;
        this.rejected = rejected;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ApiProblems.isApi(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!readableQuery(request, response)) {
            return;
        }
        try {
            chain.doFilter(request, new ProblemResponse(request, response));
        } catch (RequestRejectedException e) {
            rejected.handle(request, response, e);
        } catch (ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            LOG.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), e);
            problems.write(request, response, 500, null, "api.error.500", Map.of());
        }
    }

    /** Reads the parameters (Tomcat decodes them all at once); false when they cannot be: then answered 400. */
    private boolean readableQuery(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            request.getParameterMap();
            return true;
        } catch (IllegalStateException e) {
            // Tomcat's InvalidParameterException (bad encoding, too many parameters): the client's fault
            Optional<QueryString.Unreadable> bad = QueryString.firstUnreadable(request.getQueryString());
            LOG.warn(
                    "API request refused, its query string cannot be read: {}",
                    e.getClass().getSimpleName());
            if (bad.isPresent()) {
                String name = shown(bad.get().name());
                String value = shown(bad.get().rawValue());
                problems.write(
                        request,
                        response,
                        400,
                        "api.problem.parameter",
                        "api.query.encoding",
                        Map.of("parameter", name, "varde", value),
                        name,
                        value);
            } else {
                problems.write(request, response, 400, "api.problem.parameter", "api.query.unreadable", Map.of());
            }
            return false;
        }
    }

    private static String shown(String value) {
        return value.length() > SHOWN_VALUE ? value.substring(0, SHOWN_VALUE) + "…" : value;
    }

    /** Turns {@code sendError} into a problem document written at once. */
    private final class ProblemResponse extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        ProblemResponse(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (isCommitted()) {
                super.sendError(status, message);
                return;
            }
            if (status == 405 && getHeader("Allow") == null) {
                setHeader("Allow", ProblemHandler.ALLOWED_METHODS);
            }
            problems.write(
                    request,
                    (HttpServletResponse) getResponse(),
                    status,
                    null,
                    "api.error." + status,
                    Map.of(),
                    ProblemHandler.shownMethod(request.getMethod()));
        }
    }
}
