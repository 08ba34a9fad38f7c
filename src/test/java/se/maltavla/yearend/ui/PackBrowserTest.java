package se.maltavla.yearend.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import se.maltavla.support.WebTestEnvironment;

/**
 * The steering group's pack in a real browser (issue 11, section 5): reached from the year-end
 * page, between the default dates (the tertial end before the latest date, and the latest), then
 * between two dates chosen in the page, kept in the address; dates in the wrong order said in words.
 */
class PackBrowserTest extends YearEndBrowserTestBase {

    @Test
    void the_pack_between_the_default_dates_and_between_two_chosen_dates() throws Exception {
        logIn(COORDINATOR, WebTestEnvironment.COORDINATOR_PASSWORD);
        open("/arsbokslut");
        choose("1081", 2017);
        waitForText("Förändringar sedan förra mötet (styrgruppen)");
        click(By.id("year-end-pack"));
        waitForText("Mål som har bytt status");

        assertThat(browser.getCurrentUrl()).endsWith("/arsbokslut/forandringar");
        assertThat(browser.getTitle()).isEqualTo("Förändringar sedan förra mötet – Måltavla");
        assertThat(date("pack-from")).isEqualTo("2017-08-31");
        assertThat(date("pack-to")).isEqualTo("2017-12-31");
        assertThat(shown(By.id("pack-lead"))).endsWith("planår 2017 · från 2017-08-31 till 2017-12-31");
        assertThat(pageText())
                .contains(
                        "Mål som har bytt status",
                        "Mål vars måluppfyllelse har ändrats mer än 5 procentenheter",
                        "Nya värden per nämnd",
                        "Nämnder utan nya värden",
                        "Mål vars prognos har slagit om till risk",
                        "Aktiviteter som har startat eller avslutats",
                        "Nya avvikelser från riktlinjerna",
                        "utfall-2017-T3.csv",
                        "Kommunstyrelsen");
        assertThat(browser.findElement(By.id("pack-pdf")).getAttribute("title"))
                .isEqualTo(
                        "Ladda ner underlaget som forandringar-1081-2017-2017-08-31-2017-12-31.pdf (tillgänglig PDF)");
        checkView("pack-ronneby-2017-default");

        // A second date before the first is said in words, at the first date.
        setDate("pack-to", "2017-08-31");
        waitForText("Det första datumet (2017-08-31) måste ligga före det andra (2017-08-31).");
        assertThat(browser.findElement(By.id("pack-from")).getDomProperty("invalid"))
                .isEqualTo("true");
        assertThat(browser.findElements(By.id("pack-pdf")))
                .as("no PDF of no pack")
                .isEmpty();
        checkView("pack-ronneby-2017-wrong-order");

        setDate("pack-from", "2017-04-30");
        waitForText("från 2017-04-30 till 2017-08-31");
        assertThat(browser.getCurrentUrl())
                .as("the dates in the address")
                .contains("/arsbokslut/forandringar?", "fran=2017-04-30", "till=2017-08-31");
        assertThat(browser.findElement(By.id("pack-from")).getDomProperty("invalid"))
                .isEqualTo("false");
        assertThat(shown(By.id("pack-content"))).contains("utfall-2017-T2.csv").doesNotContain("utfall-2017-T3.csv");
        checkView("pack-ronneby-2017-chosen");

        browser.navigate().refresh();
        waitForText("Mål som har bytt status");
        assertThat(date("pack-from")).as("the address keeps the dates").isEqualTo("2017-04-30");
        assertThat(date("pack-to")).isEqualTo("2017-08-31");
    }

    private String date(String picker) {
        return browser.findElement(By.cssSelector("#" + picker + " input")).getAttribute("value");
    }
}
