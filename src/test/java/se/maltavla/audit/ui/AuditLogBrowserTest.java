package se.maltavla.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import se.maltavla.support.BrowserTest;

/** Händelselogg in a real browser: its filter and entries, and axe-core (WCAG 2.1 AA) in both languages. */
class AuditLogBrowserTest extends BrowserTest {

    @Test
    void the_coordinator_reads_the_audit_log_and_the_page_passes_axe() throws Exception {
        logInAsCoordinator();

        click(By.id("nav-handelselogg"));
        waitFor(By.id("audit-entries"));
        assertThat(browser.getTitle()).isEqualTo("Händelselogg – Måltavla");
        assertThat(browser.findElements(By.cssSelector("#audit-from, #audit-to, #audit-user, #audit-kind")))
                .as("the filter: dates, user, kind")
                .hasSize(4);
        checkView("audit-log-sv");

        checkInEnglish("Audit log", "audit-log-en");
    }
}
