package se.maltavla.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.maltavla.support.ApiTestBase;
import tools.jackson.databind.JsonNode;

/**
 * What a careless or hostile client sends, byte for byte, with valid credentials: every answer
 * under /api is a JSON problem document with the right status, never Tomcat's HTML page nor a
 * redirect to the dashboard's login, and the log holds one WARN line, no ERROR, no stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class HostileRequestsTest extends ApiTestBase {

    private static final String YEAR = "/api/v1/municipalities/1081/years/2016";

    @LocalServerPort
    int port;

    private RawHttp http;
    private String credentials;

    @BeforeEach
    void strategyAndPlan() {
        importStrategyAndPlan();
        http = new RawHttp(port);
        credentials = "Authorization: " + RawHttp.basic(READER, READER_PASSWORD);
    }

    private JsonNode problem(RawHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).doesNotContainIgnoringCase("<html").doesNotContain("Exception", "Tomcat");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        return problem;
    }

    private static void loggedWithoutErrorOrTrace(CapturedOutput log) {
        assertThat(log.getOut()).contains(" WARN ").doesNotContain(" ERROR ").doesNotContain("\tat ");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            GET | /api/v1/municipalities/%00                   | Ogiltig begäran | går inte att läsa
            GET | /api/v1/municipalities/1081%00               | Ogiltig begäran | %00
            GET | /api/v1/municipalities/1081;x=1              | Ogiltig begäran | semikolon
            GET | /api/v1/municipalities/1081%3bx=1            | Ogiltig begäran | semikolon
            GET | /api/v1/municipalities/%2e%2e/1081           | Ogiltig begäran | %2e%2e
            GET | /api/v1/%2E%2E/v1/municipalities             | Ogiltig begäran | punktsegment
            GET | /api/v1/municipalities/../../vaadin          | Ogiltig begäran | punktsegment
            GET | /api/v1/municipalities%2f1081               | Ogiltig begäran | kodade snedstreck
            GET | /api/v1/municipalities/1081%5Cstrategies     | Ogiltig begäran | %5C
            GET | /api//v1/municipalities                      | Ogiltig begäran | dubbla snedstreck
            GET | /api/v1/municipalities/1081%0d%0aX-Evil:%201 | Ogiltig begäran | radbrytningar
            GET | /api/v1/municipalities/1081%25               | Ogiltig begäran | %25
            GET | /api/v1/municipalities/%c3%28                | Ogiltig begäran | ogiltig UTF-8
            GET | /api/v1/municipalities/%ff                   | Ogiltig begäran | ogiltig UTF-8
            GET | /api/v1/municipalities/1081#x                | Ogiltig begäran | #
            GET | /api/v1/municipalities/1081?x=%              | Ogiltig parameter | Parametern x är "%"
            PROPFIND | /api/v1/municipalities                  | Metoden stöds inte | Metoden PROPFIND
            TRACE | /api/v1/municipalities                     | Metoden stöds inte | Metoden TRACE
            POST | /api/v1/municipalities                      | Metoden stöds inte | Metoden POST
            DELETE | /api/v1/import-runs/1                     | Metoden stöds inte | Metoden DELETE
            PUT | /api/v1/kommuner                             | Metoden stöds inte | Använd GET
            """)
    void a_malformed_request_is_a_problem_document_and_one_warning_in_the_log(
            String method, String target, String title, String detail, CapturedOutput log) {
        RawHttp.Answer answer = http.send(method, target, credentials, "Content-Length: 0");

        int status = title.equals("Metoden stöds inte") ? 405 : 400;
        JsonNode problem = problem(answer, status);
        assertThat(problem.get("title").asString()).isEqualTo(title);
        assertThat(problem.get("detail").asString()).contains(detail);
        if (status == 405) {
            assertThat(answer.header("Allow")).isEqualTo("GET, HEAD, OPTIONS");
        } else {
            loggedWithoutErrorOrTrace(log);
        }
        assertThat(answer.header("Location")).as("never the login page").isNull();
    }

    @ParameterizedTest(name = "niva={0}")
    @CsvSource({"%ff", "%e4", "%c3%28", "%", "%zz", "mal%"})
    void a_parameter_that_cannot_be_decoded_is_named_with_its_value(String value, CapturedOutput log) {
        JsonNode sv = problem(http.send("GET", YEAR + "/results?niva=" + value, credentials), 400);
        JsonNode en =
                problem(http.send("GET", YEAR + "/results?niva=" + value, credentials, "Accept-Language: en"), 400);

        assertThat(sv.get("title").asString()).isEqualTo("Ogiltig parameter");
        assertThat(sv.get("parameter").asString()).isEqualTo("niva");
        assertThat(sv.get("varde").asString()).isEqualTo(value);
        assertThat(sv.get("detail").asString())
                .startsWith("Parametern niva är \"" + value + "\" men går inte att läsa")
                .contains("UTF-8", "niva=mal");
        assertThat(en.get("detail").asString())
                .startsWith("The parameter niva is \"" + value + "\" but cannot be read");
        assertThat(sv.get("instance").asString()).isEqualTo(YEAR + "/results");
        loggedWithoutErrorOrTrace(log);
    }

    @Test
    void a_path_or_a_query_over_tomcats_limit_is_a_400_problem(CapturedOutput log) {
        problem(http.send("GET", "/api/v1/municipalities/" + "1".repeat(9000), credentials), 400);
        problem(http.send("GET", YEAR + "/results?niva=" + "a".repeat(60_000), credentials), 400);
        // The headers after a request line that long are not read: Accept-Language neither, so Swedish.
        JsonNode problem = problem(
                http.send("GET", YEAR + "/results?niva=" + "a".repeat(9000), credentials, "Accept-Language: en"), 400);

        assertThat(problem.get("detail").asString()).contains("för långa (högst 8 kB");
        loggedWithoutErrorOrTrace(log);
    }

    @Test
    void a_long_path_within_the_limit_is_a_bad_parameter_repeated_in_part() {
        JsonNode problem = problem(http.send("GET", "/api/v1/municipalities/" + "1".repeat(5000), credentials), 400);

        assertThat(problem.get("parameter").asString()).isEqualTo("kommun");
        assertThat(problem.get("varde").asString()).hasSize(101).endsWith("…");
    }

    @Test
    void too_many_parameters_are_a_400_problem(CapturedOutput log) {
        String query = "niva=mal" + "&x=1".repeat(1500);

        JsonNode problem = problem(http.send("GET", YEAR + "/results?" + query, credentials), 400);

        assertThat(problem.get("detail").asString()).contains("för många parametrar");
        loggedWithoutErrorOrTrace(log);
    }

    @ParameterizedTest(name = "Accept: {0}")
    @CsvSource({"text/html", "image/png", "garbage", "application/xml;q=1", "*/;"})
    void an_accept_header_the_api_cannot_serve_is_a_406_problem(String accept) {
        JsonNode problem = problem(http.send("GET", YEAR + "/results", credentials, "Accept: " + accept), 406);

        assertThat(problem.get("title").asString()).isEqualTo("Formatet finns inte");
        assertThat(problem.get("detail").asString()).contains("Accept: application/json");
    }

    @Test
    void a_bad_parameter_is_a_problem_document_also_when_the_client_accepts_only_html() {
        JsonNode problem = problem(http.send("GET", YEAR + "/results?niva=foo", credentials, "Accept: text/html"), 400);

        assertThat(problem.get("parameter").asString()).isEqualTo("niva");
    }

    @Test
    void head_and_options_on_a_resource_answer_as_http_says() {
        RawHttp.Answer head = http.send("HEAD", YEAR + "/results", credentials);
        RawHttp.Answer options = http.send("OPTIONS", YEAR + "/results", credentials);

        assertThat(head.status()).isEqualTo(200);
        assertThat(head.header("Content-Type")).startsWith("application/json");
        assertThat(head.body()).isEmpty();
        assertThat(options.status()).isEqualTo(200);
        assertThat(options.header("Allow")).contains("GET", "HEAD", "OPTIONS").doesNotContain("POST");
        assertThat(options.body()).isEmpty();
    }

    @Test
    void a_malformed_request_without_credentials_is_refused_as_malformed_and_gives_nothing_away() {
        JsonNode problem = problem(http.send("GET", "/api/v1/municipalities/1081;jsessionid=x"), 400);

        assertThat(problem.toString()).doesNotContain("Ronneby", "1081\",\"namn");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            none            |
            wrong password  | Authorization: Basic bGFzYXJlOmZlbA==
            not base64      | Authorization: Basic !!!
            bearer          | Authorization: Bearer abc.def
            """)
    void without_valid_credentials_the_answer_is_401_json_with_www_authenticate(String what, String header) {
        RawHttp.Answer answer =
                header == null ? http.send("GET", YEAR + "/results") : http.send("GET", YEAR + "/results", header);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(answer.header("Content-Type")).containsIgnoringCase("json");
        assertThat(JSON.readTree(answer.body()).get("status").asInt()).isEqualTo(401);
        assertThat(answer.header("Location")).isNull();
    }

    @Test
    void the_dashboard_keeps_its_own_error_answers() {
        RawHttp.Answer answer = http.send("GET", "/omrade/%00");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).doesNotContain("problem+json");
    }
}
