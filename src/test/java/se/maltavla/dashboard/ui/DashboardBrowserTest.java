package se.maltavla.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.maltavla.support.BrowserTest;
import se.maltavla.support.WebTestEnvironment;

/**
 * The coordinator's way through the dashboard in a real browser: overview, a priority area,
 * another municipality; by keyboard (the skip link, focus on each new page's heading); on a
 * phone's width.
 */
class DashboardBrowserTest extends BrowserTest {

    @Test
    void the_overview_leads_to_a_priority_area_a_goal_and_an_indicator() throws Exception {
        logIn(COORDINATOR, WebTestEnvironment.COORDINATOR_PASSWORD);
        waitForText("Behöver uppmärksamhet");
        assertThat(browser.getTitle()).isEqualTo("Översikt – Måltavla");
        assertThat(pageText())
                .contains(
                        "Prioriterade områden",
                        "Hållbara städer",
                        "81,1 %",
                        "Delvis uppfyllt",
                        "6 av 6 indikatorer rapporterade",
                        "Kommunen som helhet",
                        "74,9 %",
                        "Mål som inte uppfylls (3)");
        checkView("overview-sv");

        click(By.linkText("Hållbara städer"));
        waitForText("Mål som bidrar (4)");
        assertThat(browser.getCurrentUrl()).matches(".*/omrade/\\d+");
        assertThat(pageText())
                .contains(
                        "Prioriterat område · PO-HS",
                        "Kommunstyrelsen",
                        "Bidrar till",
                        "Attraktivt boende",
                        "Kvalitativ uppföljning");
        checkView("area-sv");

        click(By.partialLinkText("MT-17-1"));
        waitForText("Riktlinjer och SMART");
        assertThat(browser.getCurrentUrl()).matches(".*/mal/\\d+");
        assertThat(pageText()).contains("Minska näringsutsläppen till Östersjön", "80,0 %", "Hållbara städer");

        click(By.cssSelector("#goal-indicator-table a[href^='indikator/']"));
        waitForText("Källfil");
        assertThat(browser.getCurrentUrl()).matches(".*/indikator/\\d+");
        assertThat(pageText()).contains("Utfall mot mål", "Utgångsvärde");

        browser.navigate().back();
        waitForText("Riktlinjer och SMART");
        browser.navigate().back();
        waitForText("Mål som bidrar (4)");
        click(By.linkText("Attraktivt boende"));
        waitForText("Får bidrag från");
        assertThat(pageText()).contains("Fullmäktigemål", "Hållbara städer");
        checkView("council-goal-sv");
    }

    @Test
    void kungsbacka_shows_its_three_pillars_in_swedish_and_in_english() throws Exception {
        logIn(COORDINATOR, WebTestEnvironment.COORDINATOR_PASSWORD);
        waitForText("Behöver uppmärksamhet");

        click(By.id("select-municipality"));
        click(By.xpath("//vaadin-select-item[normalize-space(.)='Kungsbacka (1384)']"));
        waitForText("Grundpelare");
        assertThat(pageText()).contains("Internationella kontakter", "58,3 %", "91,7 %", "73,3 %", "71,0 %");
        checkView("overview-kungsbacka-sv");

        click(By.id("language"));
        waitForText("Needs attention");
        assertThat(pageText())
                .contains("Pillars", "58.3 %", "Partly met", "indicators reported", "The municipality as a whole");
        checkView("overview-kungsbacka-en");
    }

    @Test
    void the_keyboard_skips_to_the_content_and_lands_on_each_new_pages_heading() throws Exception {
        logIn(COORDINATOR, WebTestEnvironment.COORDINATOR_PASSWORD);
        waitForText("Behöver uppmärksamhet");

        tab();
        assertThat(focused()).as("the first Tab on a page loaded anew").isEqualTo("skip-link|a|Hoppa till innehållet");
        assertThat(browser.findElement(By.id("skip-link")).isDisplayed()).isTrue();
        screenshot("skip-link-sv");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        assertThat(focused()).isEqualTo("page-heading|h1|Översikt");
        tab();
        assertThat(focused())
                .as("the next Tab goes on in the page, not in the menu")
                .contains("|a|", "Exportera CSV");
        tab();
        assertThat(focused()).as("the workbook beside the CSV").contains("|a|", "Exportera Excel");

        click(By.linkText("Hållbara städer"));
        waitForText("Mål som bidrar (4)");
        waitForFocus("page-heading|h1|Hållbara städer");
        tab();
        assertThat(focused()).contains("Exportera CSV");

        click(By.id("nav-namnder"));
        waitForText("Nämndernas måluppfyllelse");
        waitForFocus("page-heading|h1|Nämnder");

        browser.navigate().back();
        waitForText("Mål som bidrar (4)");
        waitForFocus("page-heading|h1|Hållbara städer");

        click(By.id("language"));
        waitForText("Contributing goals (4)");
        tab();
        assertThat(focused()).isEqualTo("skip-link|a|Skip to content");
        checkView("area-en");
    }

    @Test
    void nothing_runs_off_a_phones_screen_on_the_overview_and_a_priority_area() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        logIn(COORDINATOR, WebTestEnvironment.COORDINATOR_PASSWORD);
        waitForText("Behöver uppmärksamhet");
        assertThat(((Number) browser.executeScript("return window.innerWidth")).intValue())
                .isEqualTo(390);

        assertThat(offTheRightEdge()).isEmpty();
        WebElement overall = browser.findElement(By.cssSelector("#overall .fulfilment"));
        assertThat(overall.getRect().getX() + overall.getRect().getWidth()).isLessThanOrEqualTo(390);
        checkView("overview-390");

        click(By.linkText("Hållbara städer"));
        waitForText("Mål som bidrar (4)");
        assertThat(offTheRightEdge()).isEmpty();
        checkView("area-390");
    }

    private void waitForFocus(String expected) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> expected.equals(focused()));
    }
}
