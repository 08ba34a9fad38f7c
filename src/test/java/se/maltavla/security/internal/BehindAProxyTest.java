package se.maltavla.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.maltavla.security.Role;
import se.maltavla.support.WebTestEnvironment;

/**
 * Måltavla behind a TLS reverse proxy, configured as docs/security.md says: forwarded headers
 * trusted from the proxy's address only. Then the session cookie is Secure, HSTS is sent, and the
 * login throttle counts the client's address that the proxy names, not the proxy's.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "server.forward-headers-strategy=native",
            "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1",
            "maltavla.import.sample-data="
        })
class BehindAProxyTest {

    @LocalServerPort
    int port;

    @Autowired
    UserRepository users;

    @Autowired
    PasswordEncoder encoder;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void web(DynamicPropertyRegistry registry) {
        WebTestEnvironment.register(registry, "maltavla-proxy");
    }

    @Test
    void over_https_through_the_proxy_the_session_cookie_is_secure_and_hsts_is_sent() throws Exception {
        HttpResponse<String> login =
                http.send(request("/login", "203.0.113.5").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("JSESSIONID=")
                        .contains("Secure")
                        .contains("HttpOnly"));
        HttpResponse<String> page =
                http.send(request("/", "203.0.113.5").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().firstValue("Location"))
                .as("redirects stay on https")
                .hasValueSatisfying(l -> assertThat(l).isEqualTo("https://maltavla.example.se/login"));
        assertThat(page.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(h -> assertThat(h).contains("max-age=31536000"));
        HttpResponse<String> api = http.send(
                request("/api/v1/municipalities", "203.0.113.5").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    @Test
    void the_login_throttle_counts_the_client_the_proxy_names() throws Exception {
        users.insert("proxy-anna", encoder.encode("annas-lösenord-1"), Role.VIEWER);
        for (int i = 0; i < 5; i++) {
            assertThat(api("proxy-anna", "fel", "198.51.100.7")).isEqualTo(401);
        }

        assertThat(api("proxy-anna", "annas-lösenord-1", "198.51.100.7")).isEqualTo(429);
        assertThat(api("proxy-anna", "annas-lösenord-1", "198.51.100.8"))
                .as("another client behind the same proxy")
                .isEqualTo(200);
    }

    private HttpRequest.Builder request(String path, String client) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Forwarded-For", client)
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "maltavla.example.se")
                .header("X-Forwarded-Port", "443");
    }

    private int api(String user, String password, String client) throws Exception {
        return http.send(
                        request("/api/v1/municipalities", client)
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString((user + ":" + password)
                                                                .getBytes(StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
