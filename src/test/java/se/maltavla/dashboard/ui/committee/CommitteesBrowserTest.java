package se.maltavla.dashboard.ui.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import se.maltavla.support.BrowserTest;
import se.maltavla.support.WebTestEnvironment;

/** Nämnder, one nämnd, the strategy map and the settings in a real browser, with axe on each. */
class CommitteesBrowserTest extends BrowserTest {

    @Test
    void the_coordinator_reads_the_committees_the_strategy_map_and_the_thresholds_in_swedish_and_english()
            throws Exception {
        logIn(COORDINATOR, WebTestEnvironment.COORDINATOR_PASSWORD);
        waitForText("Behöver uppmärksamhet");

        click(By.id("nav-namnder"));
        waitForText("indikatorer rapporterade");
        assertThat(pageText()).contains("Nämnder", "Kommunstyrelsen", "Måluppfyllelse", "Följer alla riktlinjer");
        checkView("committees-sv");

        click(By.linkText("Kommunstyrelsen"));
        waitForText("Avvikelser från riktlinjerna");
        assertThat(browser.getCurrentUrl()).matches(".*/namnder/\\d+$");
        assertThat(pageText()).contains("KS-17-1", "Riktlinjer", "Alla riktlinjer", "Alla nämnder");
        checkView("committee-sv");
        scrollTo("committee-guidelines");
        screenshot("committee-sv-guidelines");

        String goalLink =
                browser.findElement(By.cssSelector("#goal-table tbody a")).getAttribute("href");
        assertThat(goalLink)
                .as("a goal links to its view from the app's root")
                .matches("http://localhost:\\d+/mal/\\d+");

        open("/namnder/999999");
        waitForText("Nämnden finns inte");
        assertThat(browser.findElements(By.linkText("Alla nämnder"))).hasSize(1);

        click(By.id("nav-matris"));
        waitForText("Hållbara städer");
        assertThat(pageText())
                .contains(
                        "Strategikarta",
                        "Fullmäktigemål",
                        "Europa 2020",
                        "EU:s strategi för Östersjöregionen",
                        "Blekingestrategin 2014-2020",
                        "Attraktivt boende");
        List<WebElement> rowHeaders = browser.findElements(By.cssSelector("#matrix tbody th[scope=row]"));
        assertThat(rowHeaders).hasSize(5);
        checkView("matrix-ronneby-2017-sv");
        scrollTo("matrix");
        browser.executeScript("document.getElementById('matrix').scrollLeft = 1500;");
        screenshot("matrix-ronneby-2017-sv-scrolled");
        scrollTo("alignment");

        chooseMunicipality("1384");
        waitForText("Internationella kontakter");
        assertThat(pageText()).contains("Grundpelare", "Smart tillväxt", "Europa 2020");
        assertThat(browser.findElements(By.cssSelector("#matrix tbody th[scope=row]")))
                .hasSize(3);
        checkView("matrix-kungsbacka-2020-sv");

        click(By.id("nav-installningar"));
        waitForText("Gränser för status");
        assertThat(browser.findElements(By.id("save-thresholds"))).hasSize(1);
        checkView("settings-sv");

        click(By.id("language"));
        waitForText("Status thresholds");
        checkView("settings-en");
        click(By.id("nav-matris"));
        waitForText("Pillars and the goals they serve");
        checkView("matrix-kungsbacka-2020-en");
        click(By.id("nav-namnder"));
        waitForText("indicators reported");
        checkView("committees-en");
    }

    private void scrollTo(String id) {
        browser.executeScript("document.getElementById(arguments[0]).scrollIntoView();", id);
    }

    private void chooseMunicipality(String code) {
        click(By.id("select-municipality"));
        click(By.xpath("//vaadin-select-item[contains(., '" + code + "')]"));
    }
}
