package se.maltavla.api;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * What Spring Security's firewall (StrictHttpFirewall) refuses: a {@code ;}, {@code ..} or
 * {@code %2e%2e}, {@code //}, {@code %25}, an encoded line break, a method it does not know. Under
 * /api a problem document (400; 405 for a method), logged as one line; elsewhere as before: 400.
 */
class ApiRequestRejectedHandler implements RequestRejectedHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiRequestRejectedHandler.class);
    /** StrictHttpFirewall's methods: any other is refused by it. */
    private static final Set<String> FIREWALL_METHODS =
            Set.of("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT");

    private final ApiProblems problems;
    private final RequestRejectedHandler others = new HttpStatusRequestRejectedHandler();

    ApiRequestRejectedHandler(ApiProblems problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException, ServletException {
        if (!ApiProblems.isApi(request)) {
            others.handle(request, response, e);
            return;
        }
        LOG.warn(
                "API request refused by the firewall: {} ({} {})",
                printable(e.getMessage()),
                ProblemHandler.shownMethod(request.getMethod()),
                printable(request.getRequestURI()));
        if (!FIREWALL_METHODS.contains(request.getMethod())) {
            response.setHeader("Allow", ProblemHandler.ALLOWED_METHODS);
            problems.write(
                    request,
                    response,
                    405,
                    null,
                    "api.method",
                    Map.of(),
                    ProblemHandler.shownMethod(request.getMethod()));
        } else {
            problems.write(request, response, 400, null, "api.request.rejected", Map.of());
        }
    }

    /** A text fit for one log line: no control characters, at most 200 characters. */
    static String printable(String text) {
        String line = text == null ? "" : text.replaceAll("\\p{Cntrl}", "?");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
