package se.maltavla.dashboard.ui.activities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import se.maltavla.support.BrowserTest;
import se.maltavla.support.WebTestEnvironment;

/** The Activities view in Chromium over the sample data: Ronneby and Kungsbacka, in Swedish and English. */
class ActivitiesBrowserTest extends BrowserTest {

    @Test
    void shows_ronnebys_and_kungsbackas_activities_partners_on_the_map_and_funding_in_both_languages()
            throws Exception {
        logIn(COORDINATOR, WebTestEnvironment.COORDINATOR_PASSWORD);
        open("/aktiviteter");
        waitForText("Partner per land");
        assertThat(browser.getTitle()).isEqualTo("Aktiviteter – Måltavla");
        assertThat(pageText())
                .contains(
                        "pågår någon gång under 2017",
                        "Vänorter (6)",
                        "Mänttä-Vilppulan kaupunki",
                        "Finland",
                        "Vänortssamarbete Steglitz-Zehlendorf",
                        "Europa för medborgarna",
                        "Bryter mot riktlinjerna: saknar",
                        "Ryssland");
        assertMapShows("FI", "NO", "DE", "PL", "BE", "SE", "RU");
        checkView("activities-ronneby-sv");
        scrollTo("partner-map");
        screenshot("activities-ronneby-sv-map");
        scrollTo("funding");
        screenshot("activities-ronneby-sv-funding");

        chooseMunicipality("1384");
        waitForText("Erasmus+ KA1: APL i Europa för yrkesprogrammen");
        assertThat(pageText())
                .contains(
                        "pågår någon gång under 2020",
                        "Nätverk (2)",
                        "Projekt (3)",
                        "Omvärldsbevakning (1)",
                        "Göteborgsregionen (GR)",
                        "6 800 000 kr");
        assertMapShows("SE", "BE", "DE", "DK", "IT");
        checkView("activities-kungsbacka-sv");
        scrollTo("partner-map");
        screenshot("activities-kungsbacka-sv-map");

        click(By.id("language"));
        waitForText("Partners by country");
        assertThat(browser.getTitle()).isEqualTo("Activities – Måltavla");
        assertThat(pageText())
                .contains(
                        "running at some time during 2020",
                        "Networks (2)",
                        "Projects (3)",
                        "Denmark",
                        "SEK 6,800,000",
                        "External funding and budget");
        checkView("activities-kungsbacka-en");

        chooseMunicipality("1081");
        waitForText("Twin towns (6)");
        assertThat(pageText()).contains("Russia", "Breaks the guidelines: no", "Number of partners");
        checkView("activities-ronneby-en");
        scrollTo("partner-map");
        screenshot("activities-ronneby-en-map");
    }

    private void assertMapShows(String... countries) {
        for (String country : countries) {
            WebElement path = waitFor(By.cssSelector("#partner-map svg path[data-country='" + country + "']"));
            assertThat(path.getAttribute("data-partners")).as(country).isNotBlank();
        }
    }

    private void chooseMunicipality(String code) {
        scrollTo("select-municipality"); // scrolled out of the layout's content, Selenium counts it as hidden
        click(By.id("select-municipality"));
        click(By.xpath("//vaadin-select-item[contains(., '" + code + "')]"));
    }

    private void scrollTo(String id) {
        browser.executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }
}
