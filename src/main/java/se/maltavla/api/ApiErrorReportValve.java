package se.maltavla.api;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Tomcat's own error answers, for requests it refuses before any filter or controller sees them
 * (a {@code %00}, an encoded slash or bad UTF-8 in the path, a request line or headers over
 * Tomcat's size limit, a {@code #} in the target): a problem document instead of Tomcat's HTML
 * page when the path is under /api, or cannot be read at all. Other paths keep Tomcat's page.
 */
class ApiErrorReportValve extends ErrorReportValve {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrorReportValve.class);

    private final ApiProblems problems;

    ApiErrorReportValve(ApiProblems problems) {
        this.problems = problems;
        // as Spring Boot's own valve (server.error.include-stacktrace=never): no server version, no report
        setShowServerInfo(false);
        setShowReport(false);
    }

    /**
     * An API request Tomcat answered with an error before any servlet (a TRACE, which it refuses
     * itself): reported here at once, else the host would forward it to the error page, which is
     * behind the dashboard's login.
     */
    @Override
    public void invoke(Request request, Response response) throws IOException, jakarta.servlet.ServletException {
        if (response.isError() && ApiProblems.isApi(request)) {
            response.setSuspended(false);
            report(request, response, null);
            return;
        }
        super.invoke(request, response);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        String uri = request.getRequestURI();
        if (uri != null && !uri.isEmpty() && !ApiProblems.isApi(request)) {
            super.report(request, response, throwable);
            return;
        }
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        LOG.warn(
                "API request refused by the web server: {} {} ({} {})",
                status,
                response.getMessage() == null ? "" : ApiRequestRejectedHandler.printable(response.getMessage()),
                ProblemHandler.shownMethod(request.getMethod()),
                ApiRequestRejectedHandler.printable(uri));
        try {
            if (status == 405) {
                response.setHeader("Allow", ProblemHandler.ALLOWED_METHODS);
            }
            String detail = switch (status) {
                case 400 -> "api.request.malformed";
                case 405 -> "api.error.405";
                default -> "api.status.other";
            };
            problems.write(
                    request, response, status, null, detail, Map.of(), ProblemHandler.shownMethod(request.getMethod()));
        } catch (IOException | RuntimeException e) {
            LOG.warn("The problem document could not be written: {}", e.toString());
        }
    }

    /** Puts the valve in place of Tomcat's (and Spring Boot's) error report valve. */
    static WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> installer(ApiProblems problems) {
        return new Installer(problems);
    }

    private record Installer(ApiProblems problems)
            implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

        @Override
        public void customize(ConfigurableTomcatWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                var pipeline = context.getParent().getPipeline();
                for (Valve valve : pipeline.getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        pipeline.removeValve(valve);
                    }
                }
                pipeline.addValve(new ApiErrorReportValve(problems));
                // else the host adds Tomcat's own at its start, not finding one of the class it names
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ApiErrorReportValve.class.getName());
                }
            });
        }

        /** After Spring Boot's customizer, which adds its own error report valve. */
        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
