package se.maltavla.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import se.maltavla.support.RunningAppTest;
import se.maltavla.support.WebTestEnvironment;

/** The HTTP side of the login, on the running application: views, /api and the API description. */
class HttpSecurityTest extends RunningAppTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void sends_a_browser_that_is_not_logged_in_to_the_login_page() throws Exception {
        HttpResponse<String> response = get("/", null);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(get("/login", null).statusCode()).isEqualTo(200);
    }

    @Test
    void sends_a_browser_that_is_not_logged_in_from_an_address_that_is_no_view_to_the_login_page_too()
            throws Exception {
        HttpResponse<String> response = get("/finns-inte/alls", null);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void answers_the_api_without_credentials_with_401_in_json() throws Exception {
        HttpResponse<String> response = get("/api/strategies", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("Basic"));
        assertThat(response.body()).isEqualTo(WebSecurityConfiguration.API_UNAUTHORIZED);
        assertThat(get("/api/strategies", basic(COORDINATOR, "fel-lösenord")).statusCode())
                .isEqualTo(401);
    }

    @Test
    void lets_the_first_coordinator_into_the_api_with_the_configured_password_for_that_request_only() throws Exception {
        HttpClient withCookies =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> response = withCookies.send(
                HttpRequest.newBuilder(URI.create(url("/api/strategies")))
                        .header("Authorization", basic(COORDINATOR, WebTestEnvironment.COORDINATOR_PASSWORD))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isNotIn(401, 403);

        HttpResponse<String> next = withCookies.send(
                HttpRequest.newBuilder(URI.create(url("/api/strategies"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(next.statusCode()).as("no login kept in a session").isEqualTo(401);
    }

    @Test
    void leaves_the_api_description_readable_for_anybody() throws Exception {
        for (String path : new String[] {"/v3/api-docs", "/v3/api-docs/swagger-config", "/swagger-ui/index.html"}) {
            HttpResponse<String> response = get(path, null);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
        }
        // springdoc's short address forwards to the UI, not to the login page
        HttpResponse<String> shortcut = get("/swagger-ui.html", null);
        assertThat(shortcut.statusCode()).isEqualTo(302);
        assertThat(shortcut.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/swagger-ui/index.html"));
    }

    @Test
    void serves_the_app_stylesheet_also_before_the_login() throws Exception {
        HttpResponse<String> response = get("/styles/maltavla.css", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(".status-uppfyllt");
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
