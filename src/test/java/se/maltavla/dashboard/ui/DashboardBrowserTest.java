package se.maltavla.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import se.maltavla.support.BrowserTest;
import se.maltavla.support.WebTestEnvironment;

/** The coordinator's way through the dashboard in a real browser: overview, a priority area, another municipality. */
class DashboardBrowserTest extends BrowserTest {

    @Test
    void the_overview_leads_to_a_priority_area_a_goal_and_an_indicator() throws Exception {
        logIn(COORDINATOR, WebTestEnvironment.COORDINATOR_PASSWORD);
        waitForText("Behöver uppmärksamhet");
        assertThat(browser.getTitle()).isEqualTo("Översikt – Måltavla");
        assertThat(pageText()).contains("Prioriterade områden", "Hållbara städer", "81,1 %", "Delvis uppfyllt",
                "6 av 6 indikatorer rapporterade", "Kommunen som helhet", "74,9 %", "Mål som inte uppfylls (3)");
        checkView("overview-sv");

        click(By.linkText("Hållbara städer"));
        waitForText("Mål som bidrar (4)");
        assertThat(browser.getCurrentUrl()).matches(".*/omrade/\\d+");
        assertThat(pageText()).contains("Prioriterat område · PO-HS", "Kommunstyrelsen", "Bidrar till", "Attraktivt boende",
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
        click(By.xpath("//vaadin-select-item[starts-with(normalize-space(.), '1384')]"));
        waitForText("Grundpelare");
        assertThat(pageText()).contains("Internationella kontakter", "58,3 %", "91,7 %", "73,3 %", "71,0 %");
        checkView("overview-kungsbacka-sv");

        click(By.id("language"));
        waitForText("Needs attention");
        assertThat(pageText()).contains("Pillars", "58.3 %", "Partly met", "indicators reported", "The municipality as a whole");
        checkView("overview-kungsbacka-en");
    }
}
