package se.maltavla.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the API's first filter makes of errors below it: problem documents, never Tomcat's error dispatch. */
@ExtendWith(OutputCaptureExtension.class)
class ApiRequestFilterTest {

    private final ApiProblems problems =
            new ApiProblems(messages(), new DefaultListableBeanFactory().getBeanProvider(LocaleResolver.class));
    private final ApiRequestFilter filter = new ApiRequestFilter(problems, new ApiRequestRejectedHandler(problems));

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/api");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(true);
        return messages;
    }

    private static MockHttpServletRequest request(String uri, Locale locale) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        request.addPreferredLocale(locale);
        return request;
    }

    private static JsonNode problem(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.isCommitted()).isTrue();
        return JsonMapper.builder()
                .build()
                .readTree(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void a_send_error_below_becomes_a_problem_document_at_once() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain forbids = (req, res) -> ((jakarta.servlet.http.HttpServletResponse) res).sendError(403);

        filter.doFilter(request("/api/v1/municipalities", Locale.forLanguageTag("sv")), response, forbids);

        JsonNode problem = problem(response, 403);
        assertThat(problem.get("title").asString()).isEqualTo("Åtkomst nekad");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/municipalities");
        assertThat(response.getErrorMessage()).as("no error dispatch to /error").isNull();
    }

    @Test
    void an_exception_nothing_answered_is_a_500_without_its_text_and_logged_with_its_trace(CapturedOutput log)
            throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain fails = (req, res) -> {
            throw new IllegalStateException("disk /srv/maltavla/data full");
        };

        filter.doFilter(request("/api/v1/import-runs", Locale.ENGLISH), response, fails);

        JsonNode problem = problem(response, 500);
        assertThat(problem.get("title").asString()).isEqualTo("Internal error");
        assertThat(problem.toString()).doesNotContain("/srv", "IllegalStateException");
        assertThat(log.getOut())
                .contains(" ERROR ", "API request GET /api/v1/import-runs failed", "disk /srv/maltavla/data full");
    }

    @Test
    void a_429_from_below_keeps_its_retry_after() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain throttles = (req, res) -> {
            jakarta.servlet.http.HttpServletResponse http = (jakarta.servlet.http.HttpServletResponse) res;
            http.setHeader("Retry-After", "30");
            http.sendError(429);
        };

        filter.doFilter(request("/api/v1/municipalities", Locale.ENGLISH), response, throttles);

        assertThat(problem(response, 429).get("detail").asString()).contains("Retry-After");
        assertThat(response.getHeader("Retry-After")).isEqualTo("30");
    }

    @Test
    void other_paths_are_left_alone() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain forbids = (req, res) -> ((jakarta.servlet.http.HttpServletResponse) res).sendError(403);

        filter.doFilter(request("/anvandare", Locale.ENGLISH), response, forbids);

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentType()).isNull();
    }
}
