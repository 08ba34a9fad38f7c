package se.maltavla.dashboard.ui.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import se.maltavla.support.BrowserTest;
import se.maltavla.support.WebTestEnvironment;

/** Rapporteringsläge in a real browser: each nämnd's reporting status, and axe-core (WCAG 2.1 AA) in both languages. */
class ReportingStatusBrowserTest extends BrowserTest {

    @Test
    void the_coordinator_sees_each_committees_reporting_status_and_the_page_passes_axe() throws Exception {
        logIn(COORDINATOR, WebTestEnvironment.COORDINATOR_PASSWORD);
        waitForText("Behöver uppmärksamhet");

        click(By.id("nav-rapportering"));
        waitForText("Rapporteringsläge per nämnd");
        assertThat(browser.getTitle()).isEqualTo("Rapporteringsläge – Måltavla");
        checkView("reporting-status-sv");

        click(By.id("language"));
        waitForText("Reporting status per committee");
        checkView("reporting-status-en");
    }
}
