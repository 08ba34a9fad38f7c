package se.maltavla.template.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import se.maltavla.support.BrowserTest;

/** Mallar in a real browser: the download links a coordinator clicks, and axe-core (WCAG 2.1 AA) in both languages. */
class TemplatesBrowserTest extends BrowserTest {

    @Test
    void the_coordinator_finds_the_templates_to_download_and_the_page_passes_axe() throws Exception {
        logInAsCoordinator();

        click(By.id("nav-mallar"));
        waitFor(By.id("template-utfall-links"));
        assertThat(browser.getTitle()).isEqualTo("Mallar – Måltavla");
        assertThat(pageText()).contains("Utfallsmall");
        List<WebElement> links = browser.findElements(By.cssSelector("#template-utfall-links a[href]"));
        assertThat(links)
                .as("a utfall template per nämnd, and one for all of them")
                .hasSizeGreaterThan(1);
        assertThat(links).allSatisfy(link -> assertThat(link.getText()).isNotBlank());
        checkView("templates-sv");

        checkInEnglish("Measured values template", "templates-en");
    }
}
