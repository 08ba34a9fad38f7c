package se.maltavla.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import se.maltavla.support.BrowserTest;
import se.maltavla.support.WebTestEnvironment;

class UsersBrowserTest extends BrowserTest {

    @Test
    void the_coordinator_adds_a_user_and_reaches_the_own_account() throws Exception {
        logIn(COORDINATOR, WebTestEnvironment.COORDINATOR_PASSWORD);
        waitForText("Behöver uppmärksamhet");

        click(By.id("nav-anvandare"));
        waitForText("Alla användare");
        browser.findElement(By.cssSelector("#new-username input")).sendKeys("webbtest-lasare");
        browser.findElement(By.cssSelector("#new-password input")).sendKeys("ett-langt-losenord");
        click(By.id("add-user"));
        waitForText("Användaren webbtest-lasare är tillagd.");
        WebElement row = waitFor(By.cssSelector(".user-row[data-user='webbtest-lasare']"));
        assertThat(row.findElement(By.tagName("vaadin-button")).getAttribute("aria-label"))
                .as("the name begins with the visible text")
                .isEqualTo("Sätt lösenord för webbtest-lasare");
        assertThat(revealButtons())
                .as("the password fields' reveal buttons")
                .isNotEmpty()
                .containsOnly("Visa lösenordet");
        checkView("users-sv");

        click(By.id("signed-in-user"));
        waitForText("Nuvarande lösenord");
        assertThat(browser.getTitle()).isEqualTo("Mitt konto – Måltavla");
        assertThat(revealButtons()).hasSize(3).containsOnly("Visa lösenordet");
        checkView("account-sv");

        click(By.id("language"));
        waitForText("Current password");
        assertThat(revealButtons()).hasSize(3).containsOnly("Show password");
    }
}
