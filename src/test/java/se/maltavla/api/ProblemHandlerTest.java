package se.maltavla.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import se.maltavla.fulfilment.ResultsBusyException;

/** A fault in a controller is a 500 problem document that keeps its details for the log; "busy" is a 503 with Retry-After. */
class ProblemHandlerTest {

    private static ProblemHandler handler() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/api");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new ProblemHandler(messages);
    }

    @Test
    void an_unexpected_exception_is_a_500_problem_without_its_text() {
        ProblemHandler handler = handler();

        ResponseEntity<Object> answer = handler.unexpected(
                new IllegalStateException("Value too long at /srv/maltavla/x.csv"),
                new MockHttpServletRequest("GET", "/api/v1/import-runs"),
                Locale.forLanguageTag("sv"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        ProblemDetail problem = (ProblemDetail) answer.getBody();
        assertThat(problem.getTitle()).isEqualTo("Internt fel");
        assertThat(problem.getDetail())
                .startsWith("Ett oväntat fel i Måltavla")
                .doesNotContain("/srv", "Value too long");
    }

    /** Results that cannot be stored while an import changes them: ask again, and when (ImportUnderLoadTest allows no other 503). */
    @Test
    void results_busy_with_an_import_are_a_503_problem_saying_when_to_ask_again() {
        ResponseEntity<Object> answer = handler()
                .busy(
                        new ResultsBusyException("1081", 2017),
                        new MockHttpServletRequest("GET", "/api/v1/municipalities/1081/years/2017/results"),
                        Locale.forLanguageTag("sv"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("10");
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        ProblemDetail problem = (ProblemDetail) answer.getBody();
        assertThat(problem.getStatus()).isEqualTo(503);
        assertThat(problem.getDetail())
                .isEqualTo("En import räknar om den här kommunens resultat just nu. Fråga igen om en liten stund.");
    }
}
