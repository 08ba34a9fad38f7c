package se.maltavla.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.maltavla.security.Role;
import se.maltavla.security.UserService;
import se.maltavla.security.cli.ResetPasswordCommand;
import se.maltavla.support.RunningAppTest;

/**
 * Rights end when they are taken away, on the running application over HTTP: a browser session
 * (its page loads, Vaadin's UIDL and heartbeat requests) and an API client, each open when another
 * coordinator, or jobs/reset-password in another process, changes what its user may do. The change
 * reaches the session only through the database.
 */
class SessionRightsTest extends RunningAppTest {

    private static final String PASSWORD = "kerstins-lösenord";

    @Autowired
    UserRepository users;

    @Autowired
    UserService service;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    SecurityContextHolderStrategy signedIn;

    @Autowired
    ResetPasswordCommand resetPassword;

    @Test
    void the_open_session_of_a_coordinator_made_a_viewer_ends_at_its_next_request() throws Exception {
        Browser kerstin = loggedIn(coordinator("sr-kerstin"));
        Browser other = loggedIn(coordinator("sr-olle"));
        assertThat(kerstin.get("/anvandare").statusCode()).isEqualTo(200);
        assertThat(kerstin.uidl()).contains("\"syncId\":1");

        asCoordinator(() -> service.changeRole("sr-kerstin", Role.VIEWER));

        assertThat(kerstin.uidl()).as("Vaadin's next request").contains("\"sessionExpired\":true");
        assertThat(kerstin.last.headers().allValues("Set-Cookie"))
                .as("for the login page to say why")
                .anySatisfy(c -> assertThat(c)
                        .startsWith(SessionRights.ENDED_COOKIE + "=1")
                        .contains("HttpOnly"));
        assertThat(kerstin.get("/anvandare").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(other.get("/anvandare").statusCode())
                .as("nobody else's session")
                .isEqualTo(200);
    }

    @Test
    void a_disabled_users_session_ends_at_its_next_heartbeat() throws Exception {
        Browser kerstin = loggedIn(coordinator("sr-disabled"));
        kerstin.uidl();

        asCoordinator(() -> service.setEnabled("sr-disabled", false));

        HttpResponse<String> heartbeat = kerstin.post("/?v-r=heartbeat&v-uiId=" + kerstin.uiId, "");
        assertThat(heartbeat.statusCode()).as("no session kept alive").isNotEqualTo(200);
        assertThat(kerstin.get("/").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(new Browser().logIn("sr-disabled", PASSWORD))
                .as("and no new one")
                .endsWith("/login?error");
    }

    @Test
    void a_password_reset_by_jobs_reset_password_in_another_process_ends_the_open_sessions() throws Exception {
        Browser kerstin = loggedIn(coordinator("sr-reset"));
        kerstin.uidl();

        // The command class jobs/reset-password runs: it changes the database and nothing else.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(resetPassword.run(
                        new String[] {"sr-reset"},
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
                .isZero();

        assertThat(kerstin.uidl()).contains("\"sessionExpired\":true");
        assertThat(new Browser().logIn("sr-reset", PASSWORD))
                .as("the old password")
                .endsWith("/login?error");
        String newPassword =
                out.toString(StandardCharsets.UTF_8).replaceAll("(?s).*: ", "").strip();
        assertThat(new Browser().logIn("sr-reset", newPassword)).doesNotContain("/login");
    }

    @Test
    void an_api_client_is_refused_at_its_next_request_after_a_reset_from_the_command_line_or_a_disable()
            throws Exception {
        coordinator("sr-api");
        HttpClient api = HttpClient.newHttpClient();
        assertThat(apiStatus(api, "sr-api", PASSWORD)).isEqualTo(200);
        assertThat(apiStatus(api, "sr-api", PASSWORD))
                .as("remembered by VerifiedPasswords")
                .isEqualTo(200);

        asCoordinator(() -> service.setEnabled("sr-api", false));
        assertThat(apiStatus(api, "sr-api", PASSWORD)).isEqualTo(401);
        asCoordinator(() -> service.setEnabled("sr-api", true));
        assertThat(apiStatus(api, "sr-api", PASSWORD)).isEqualTo(200);

        resetPassword.run(
                new String[] {"sr-api"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(apiStatus(api, "sr-api", PASSWORD)).isEqualTo(401);
    }

    private String coordinator(String name) {
        users.insert(name, encoder.encode(PASSWORD), Role.COORDINATOR);
        return name;
    }

    private Browser loggedIn(String name) throws Exception {
        Browser browser = new Browser();
        assertThat(browser.logIn(name, PASSWORD)).doesNotContain("/login");
        return browser;
    }

    /** What another coordinator does in the Användare view: the service, as that coordinator. */
    private void asCoordinator(Runnable change) {
        // the application's holder (Vaadin's): each application context in the test JVM has its own
        signedIn.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        COORDINATOR, null, AuthorityUtils.createAuthorityList("ROLE_COORDINATOR", "ROLE_VIEWER")));
        try {
            change.run();
        } finally {
            signedIn.clearContext();
        }
    }

    private int apiStatus(HttpClient api, String user, String password) throws Exception {
        String credentials =
                Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return api.send(
                        HttpRequest.newBuilder(URI.create(url("/api/v1/municipalities")))
                                .header("Authorization", "Basic " + credentials)
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** A browser as the server sees it: a cookie jar, page loads, and Vaadin's requests (init, UIDL, heartbeat). */
    private final class Browser {
        private final HttpClient http =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        private String uiId;
        private HttpResponse<String> last;
        private String securityKey;
        private int syncId;

        /** Logs in through the login form; returns where the server sends the browser next. */
        String logIn(String username, String password) throws Exception {
            get("/login");
            HttpResponse<String> response = post(
                    "/login",
                    "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                            + URLEncoder.encode(password, StandardCharsets.UTF_8),
                    "application/x-www-form-urlencoded");
            return response.headers().firstValue("Location").orElse("(no redirect: " + response.statusCode() + ")");
        }

        /** Vaadin's first request for a view: the UI's id and its security key. */
        String init(String location) throws Exception {
            String body = get("/?v-r=init&location=" + location + "&query=").body();
            uiId = find(body, "\"v-uiId\":(\\d+)");
            securityKey = find(body, "\"Vaadin-Security-Key\":\"([^\"]+)\"");
            syncId = 0;
            return body;
        }

        /** An empty UIDL request of the open UI (opens one on Import first): what the browser sends on any click. */
        String uidl() throws Exception {
            if (uiId == null) {
                init("import");
            }
            last = post(
                    "/?v-r=uidl&v-uiId=" + uiId,
                    "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[],\"syncId\":" + syncId + ",\"clientId\":" + syncId
                            + "}",
                    "application/json");
            syncId++;
            return last.body();
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String body) throws Exception {
            return post(path, body, "text/plain");
        }

        HttpResponse<String> post(String path, String body, String type) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(URI.create(url(path)))
                            .header("Content-Type", type)
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private static String find(String text, String pattern) {
            Matcher matcher = Pattern.compile(pattern).matcher(text);
            assertThat(matcher.find())
                    .as(pattern + " in " + text.substring(0, Math.min(300, text.length())))
                    .isTrue();
            return matcher.group(1);
        }
    }
}
