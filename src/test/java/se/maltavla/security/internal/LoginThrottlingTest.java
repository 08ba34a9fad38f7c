package se.maltavla.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.maltavla.security.Role;
import se.maltavla.support.RunningAppTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Passwords cannot be guessed without limit, on the running application: after five failures for a
 * user name from one address, the API answers 429 with Retry-After and the login form sends back
 * to a page that says how long to wait, without checking any password, the right one included.
 * Other user names are not affected. Failed logins are logged, never with the password.
 */
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottlingTest extends RunningAppTest {

    private static final String PASSWORD = "rätt-lösenord-1";

    @Autowired
    UserRepository users;

    @Autowired
    PasswordEncoder encoder;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_api_refuses_a_sixth_guess_with_429_retry_after_and_a_problem_document(CapturedOutput output)
            throws Exception {
        users.insert("lt-api", encoder.encode(PASSWORD), Role.VIEWER);
        users.insert("lt-granne", encoder.encode(PASSWORD), Role.VIEWER);

        for (int i = 1; i <= 5; i++) {
            assertThat(api("lt-api", "gissning-nummer-" + i, null).statusCode())
                    .as("guess %d", i)
                    .isEqualTo(401);
        }
        HttpResponse<String> refused = api("lt-api", PASSWORD, null);

        assertThat(refused.statusCode())
                .as("even the right password, unchecked")
                .isEqualTo(429);
        long retryAfter =
                Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 30L);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = JsonMapper.builder().build().readTree(refused.body());
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("title").asString()).isEqualTo("För många inloggningsförsök");
        assertThat(problem.get("detail").asString())
                .startsWith("För många misslyckade inloggningar för det här användarnamnet");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/municipalities");
        JsonNode english = JsonMapper.builder()
                .build()
                .readTree(api("lt-api", PASSWORD, "en").body());
        assertThat(english.get("detail").asString())
                .startsWith("Too many failed logins for this user name from your address.");

        assertThat(api("lt-granne", PASSWORD, null).statusCode())
                .as("another user from the same address")
                .isEqualTo(200);

        assertThat(output.getOut())
                .contains(
                        "Failed login for the user name 'lt-api' from '127.0.0.1' (1 in a row).",
                        "Failed login for the user name 'lt-api' from '127.0.0.1' (5 in a row): further attempts refused for 30 s.");
        assertThat(output.getAll()).as("never a password in the log").doesNotContain("gissning-nummer", PASSWORD);
    }

    @Test
    void the_login_form_sends_a_sixth_guess_to_a_page_that_says_how_long_to_wait() throws Exception {
        users.insert("lt-form", encoder.encode(PASSWORD), Role.COORDINATOR);
        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        for (int i = 1; i <= 5; i++) {
            assertThat(logIn(browser, "lt-form", "fel-" + i)).endsWith("/login?error");
        }
        String refused = logIn(browser, "lt-form", PASSWORD);

        assertThat(refused).matches(".*/login\\?wait=([1-9]|[12][0-9]|30)");
        assertThat(logIn(
                        HttpClient.newBuilder()
                                .cookieHandler(new CookieManager())
                                .build(),
                        "LT-FORM",
                        PASSWORD))
                .as("the same user name in capitals")
                .contains("/login?wait=");
    }

    @Test
    void a_client_cannot_dodge_it_by_naming_other_addresses_in_forwarded_headers() throws Exception {
        users.insert("lt-spoof", encoder.encode(PASSWORD), Role.VIEWER);
        String credentials =
                "Basic " + Base64.getEncoder().encodeToString(("lt-spoof:gissning").getBytes(StandardCharsets.UTF_8));

        for (int i = 1; i <= 6; i++) {
            HttpResponse<Void> response = http.send(
                    HttpRequest.newBuilder(URI.create(url("/api/v1/municipalities")))
                            .header("Authorization", credentials)
                            .header("X-Forwarded-For", "192.0.2." + i)
                            .header("X-Real-IP", "192.0.2." + i)
                            .header("Forwarded", "for=192.0.2." + i)
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).as("guess %d", i).isEqualTo(i <= 5 ? 401 : 429);
        }
    }

    private HttpResponse<String> api(String user, String password, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url("/api/v1/municipalities")))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String logIn(HttpClient browser, String user, String password) throws Exception {
        browser.send(HttpRequest.newBuilder(URI.create(url("/login"))).build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<Void> response = browser.send(
                HttpRequest.newBuilder(URI.create(url("/login")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                                        + URLEncoder.encode(password, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        return response.headers().firstValue("Location").orElse("(status " + response.statusCode() + ")");
    }
}
