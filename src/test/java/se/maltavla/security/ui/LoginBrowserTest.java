package se.maltavla.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import se.maltavla.support.BrowserTest;
import se.maltavla.support.WebTestEnvironment;

class LoginBrowserTest extends BrowserTest {

    private static final By LANGUAGE = By.id("language");

    @Test
    void the_login_page_speaks_swedish_first_and_english_when_chosen() throws Exception {
        open("/login");
        waitForText("Användarnamn");
        assertThat(browser.getTitle()).isEqualTo("Logga in – Måltavla");
        assertThat(pageText()).contains("Måltavla", "Logga in", "Lösenord", "English");
        assertThat(htmlLang()).isEqualTo("sv");
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(b -> revealButtons().equals(java.util.List.of("Visa lösenordet")));
        checkView("login-sv");

        click(LANGUAGE);
        waitForText("User name");
        assertThat(browser.getTitle()).isEqualTo("Log in – Måltavla");
        assertThat(pageText()).contains("Log in", "Password", "Svenska");
        assertThat(htmlLang()).isEqualTo("en");
        assertThat(revealButtons()).containsExactly("Show password");
        checkView("login-en");
    }

    @Test
    void a_wrong_password_is_refused_with_a_message() throws Exception {
        logIn(COORDINATOR, "fel-lösenord");

        waitForText("Fel användarnamn eller lösenord");
        assertThat(browser.getCurrentUrl()).contains("/login?error");
        checkView("login-error-sv");
    }

    @Test
    void a_login_refused_for_a_while_says_how_long_to_wait() throws Exception {
        open("/login?wait=95");

        waitForText("För många misslyckade inloggningar");
        assertThat(pageText()).contains("Försök igen om 2 minuter.");
        checkView("login-throttled-sv");
    }

    @Test
    void the_coordinator_logs_in_sees_the_start_view_switches_language_and_logs_out() throws Exception {
        logIn(COORDINATOR, WebTestEnvironment.COORDINATOR_PASSWORD);

        waitForText("Behöver uppmärksamhet");
        assertThat(pageText()).contains("Översikt", "Inloggad som koordinator", "Logga ut", "Internationell strategi");
        checkView("start-sv");

        click(LANGUAGE);
        waitForText("Needs attention");
        assertThat(pageText()).contains("Overview", "Logged in as koordinator", "Log out");
        assertThat(htmlLang()).isEqualTo("en");
        checkView("start-en");

        open("/");
        waitForText("Needs attention");

        click(By.id("logout"));
        waitForText("User name");
        assertThat(browser.getCurrentUrl()).as("logged out, still in English").endsWith("/login");
        open("/");
        assertThat(browser.getCurrentUrl()).as("logged out").endsWith("/login");
    }

    @Test
    void the_accessibility_check_fails_on_a_violation() throws Exception {
        open("/login");
        browser.executeScript("document.body.appendChild(document.createElement('img')).src = 'nothing.png';");

        assertThatThrownBy(() -> checkView("login-with-a-violation"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt");
    }

    private String htmlLang() {
        return (String) browser.executeScript("return document.documentElement.lang;");
    }
}
