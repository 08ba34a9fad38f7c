package se.maltavla.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.maltavla.db.Tables.IMPORT_RUN;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.maltavla.security.Role;
import se.maltavla.security.UserService;
import se.maltavla.security.internal.UserRepository;
import se.maltavla.support.BrowserTest;

/**
 * Rights end when they are taken away, in a real browser: the open tab of a coordinator made a
 * viewer cannot start an import or open Användare; it is logged out at its next click and told why.
 * A user who changes the own password stays logged in where they did it, and nowhere else.
 */
class RightsBrowserTest extends BrowserTest {

    private static final String PASSWORD = "ett-langt-losenord";

    @Autowired
    UserRepository users;

    @Autowired
    UserService service;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    SecurityContextHolderStrategy signedIn;

    @Autowired
    DSLContext db;

    @Test
    void the_open_tab_of_a_coordinator_made_a_viewer_can_neither_import_nor_manage_users() throws Exception {
        users.insert("rb-kerstin", encoder.encode(PASSWORD), Role.COORDINATOR);
        logIn("rb-kerstin", PASSWORD);
        waitForText("Behöver uppmärksamhet");
        open("/import");
        waitFor(By.id("start-import"));
        int runs = db.fetchCount(IMPORT_RUN);

        asCoordinator(() -> service.changeRole("rb-kerstin", Role.VIEWER));
        click(By.id("start-import"));
        waitForText("Du har loggats ut eftersom din roll, ditt konto eller ditt lösenord har ändrats.");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        assertThat(db.fetchCount(IMPORT_RUN)).as("no run started").isEqualTo(runs);
        checkView("login-session-ended-sv");
        open("/login");
        assertThat(pageText()).as("said once").doesNotContain("Du har loggats ut");

        logIn("rb-kerstin", PASSWORD);
        waitForText("Inloggad som rb-kerstin"); // back on Import, where the tab was
        assertThat(browser.findElements(By.id("start-import")))
                .as("a viewer now")
                .isEmpty();
        assertThat(browser.findElements(By.id("nav-anvandare"))).isEmpty();
        open("/anvandare");
        assertThat(pageText()).doesNotContain("Alla användare");
    }

    @Test
    void a_user_who_changes_the_own_password_stays_logged_in_there_and_is_logged_out_elsewhere() throws Exception {
        users.insert("rb-britt", encoder.encode(PASSWORD), Role.VIEWER);
        HttpClient elsewhere =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        assertThat(formLogIn(elsewhere, "rb-britt", PASSWORD)).doesNotContain("/login");
        assertThat(status(elsewhere, "/")).isEqualTo(200);

        logIn("rb-britt", PASSWORD);
        waitForText("Behöver uppmärksamhet");
        open("/konto");
        browser.findElement(By.cssSelector("#current-password input")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("#new-password input")).sendKeys("ett-annat-langt-losenord");
        browser.findElement(By.cssSelector("#repeat-password input")).sendKeys("ett-annat-langt-losenord");
        click(By.id("save-password"));
        waitForText("Ditt lösenord är bytt.");

        open("/");
        waitForText("Behöver uppmärksamhet");
        assertThat(pageText()).contains("Inloggad som rb-britt");
        assertThat(status(elsewhere, "/")).as("the other session").isEqualTo(302);
    }

    @Test
    void a_viewer_is_refused_users_in_the_apps_language_inside_the_layout_and_an_unknown_address_is_said_so()
            throws Exception {
        users.insert("rb-vera", encoder.encode(PASSWORD), Role.VIEWER);
        logIn("rb-vera", PASSWORD);
        waitForText("Behöver uppmärksamhet");

        open("/anvandare");
        waitForText("Ingen behörighet");
        assertThat(browser.getTitle()).isEqualTo("Ingen behörighet – Måltavla");
        assertThat(pageText())
                .contains("Sidan /anvandare är inte öppen för din roll.", "Till översikten")
                .doesNotContain("Could not navigate", "Alla användare");
        assertThat(browser.findElement(By.id("navigation")).isDisplayed())
                .as("the menu")
                .isTrue();
        assertThat(browser.findElement(By.id("page-heading")).getText()).isEqualTo("Ingen behörighet");
        checkView("refused-sv");

        click(By.id("language"));
        waitForText("No access");
        assertThat(pageText()).contains("The page /anvandare is not open to your role.");
        checkView("refused-en");

        open("/finns-inte/alls");
        waitForText("Page not found");
        assertThat(pageText())
                .contains("Måltavla has no page at the address /finns-inte/alls.")
                .doesNotContain("Could not navigate");
        assertThat(browser.findElement(By.id("navigation")).isDisplayed()).isTrue();
        checkView("not-found-en");
        click(By.id("language"));
        waitForText("Sidan finns inte");
        click(By.id("back-to-overview"));
        waitForText("Behöver uppmärksamhet");
    }

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

    private String formLogIn(HttpClient client, String user, String password) throws Exception {
        client.send(HttpRequest.newBuilder(URI.create(url("/login"))).build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<Void> response = client.send(
                HttpRequest.newBuilder(URI.create(url("/login")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                                        + URLEncoder.encode(password, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        return response.headers().firstValue("Location").orElse("");
    }

    private int status(HttpClient client, String path) throws Exception {
        return client.send(
                        HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
