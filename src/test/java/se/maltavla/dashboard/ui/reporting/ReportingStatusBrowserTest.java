package se.maltavla.dashboard.ui.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import se.maltavla.support.BrowserTest;

/** Rapporteringsläge in a real browser: each nämnd's reporting status, and axe-core (WCAG 2.1 AA) in both languages. */
class ReportingStatusBrowserTest extends BrowserTest {

    @Test
    void the_coordinator_sees_each_committees_reporting_status_and_the_page_passes_axe() throws Exception {
        logInAsCoordinator();

        click(By.id("nav-rapportering"));
        waitForText("Rapporteringsläge per nämnd");
        assertThat(browser.getTitle()).isEqualTo("Rapporteringsläge – Måltavla");
        checkView("reporting-status-sv");

        checkInEnglish("Reporting status per committee", "reporting-status-en");
    }
}
