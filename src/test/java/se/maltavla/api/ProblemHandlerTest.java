package se.maltavla.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/** A fault in a controller is a 500 problem document that keeps its details for the log. */
class ProblemHandlerTest {

    @Test
    void an_unexpected_exception_is_a_500_problem_without_its_text() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/api");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        ProblemHandler handler = new ProblemHandler(messages);

        ResponseEntity<Object> answer = handler.unexpected(new IllegalStateException("Value too long at /srv/maltavla/x.csv"),
                new MockHttpServletRequest("GET", "/api/v1/import-runs"), Locale.forLanguageTag("sv"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        ProblemDetail problem = (ProblemDetail) answer.getBody();
        assertThat(problem.getTitle()).isEqualTo("Internt fel");
        assertThat(problem.getDetail()).startsWith("Ett oväntat fel i Måltavla").doesNotContain("/srv", "Value too long");
    }
}
