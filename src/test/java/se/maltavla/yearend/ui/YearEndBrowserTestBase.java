package se.maltavla.yearend.ui;

import static se.maltavla.db.Tables.YEAR_END_SNAPSHOT;
import static se.maltavla.db.Tables.YEAR_END_VERSION;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import se.maltavla.support.BrowserTest;
import se.maltavla.yearend.YearEndService;

/**
 * What the browser tests of the year-end's pages share: the sample data's locked Ronneby 2016,
 * the choice of municipality and plan year, the browser's size, and a plan year left as it was found.
 */
abstract class YearEndBrowserTestBase extends BrowserTest {

    @Autowired
    protected YearEndService yearEnd;

    @Autowired
    protected SecurityContextHolderStrategy signedIn;

    @Autowired
    protected DSLContext database;

    /** Does something as the coordinator, outside the browser. */
    protected <T> T asCoordinator(Supplier<T> work) {
        signedIn.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        COORDINATOR, null, AuthorityUtils.createAuthorityList("ROLE_COORDINATOR", "ROLE_VIEWER")));
        try {
            return work.get();
        } finally {
            signedIn.clearContext();
        }
    }

    /** Ronneby 2016 as the sample data leave it (locked on the first start), whatever ran before. */
    protected void ronneby2016Locked() {
        asCoordinator(() -> yearEnd.state("1081", 2016).locked() ? null : yearEnd.lock("1081", 2016, null));
    }

    /**
     * Forgets every lock of a plan year that no other test uses, so that the test finds it never
     * locked and leaves it so (the browser tests share one running application).
     */
    protected void neverLocked(String municipality, int year) {
        database.deleteFrom(YEAR_END_SNAPSHOT)
                .where(YEAR_END_SNAPSHOT.VERSION_ID.in(database.select(YEAR_END_VERSION.ID)
                        .from(YEAR_END_VERSION)
                        .where(YEAR_END_VERSION.MUNICIPALITY_CODE.eq(municipality))
                        .and(YEAR_END_VERSION.PLAN_YEAR.eq(year))))
                .execute();
        database.deleteFrom(YEAR_END_VERSION)
                .where(YEAR_END_VERSION.MUNICIPALITY_CODE.eq(municipality))
                .and(YEAR_END_VERSION.PLAN_YEAR.eq(year))
                .execute();
    }

    /**
     * What an element shows, as read (its rendered text, lines and cells apart), also when it is
     * scrolled out of the layout's content area, where Selenium's getText() finds nothing.
     */
    protected String shown(By locator) {
        return shown(browser.findElement(locator));
    }

    protected String shown(WebElement element) {
        return ((String) browser.executeScript("return arguments[0].innerText;", element))
                .replace('\u00A0', ' ')
                .replaceAll("[ \\t]+", " ")
                .trim();
    }

    /** A field of the page, scrolled into the middle of the layout's content (which scrolls, not the page). */
    protected WebElement field(String css) {
        WebElement field = browser.findElement(By.cssSelector(css));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", field);
        return field;
    }

    /** Types a date into a date picker as a user does, and presses Enter. */
    protected void setDate(String picker, String date) {
        WebElement input = field("#" + picker + " input");
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), date, Keys.ENTER);
        waitForVaadin();
    }

    /**
     * Waits for the written report's page to show its content: the report is built from its
     * snapshot (a draft's from the data) when the page opens, which on two cores shared with
     * other builds has taken more than the usual 30 seconds.
     */
    protected void waitForReport() {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(90))
                    .until(b -> !b.findElements(By.cssSelector("#report-content, #report-problem"))
                            .isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            // Say what the browser showed instead (a login page, an error view, a page still loading).
            String shown;
            try {
                screenshot("report-timeout");
                String text = pageText();
                shown = browser.getCurrentUrl() + ": " + text.substring(0, Math.min(500, text.length()));
            } catch (RuntimeException | java.io.IOException unreadable) {
                shown = "(the page could not be read: " + unreadable + ")";
            }
            throw new AssertionError("The report page did not show within 90 s; the browser showed " + shown, e);
        }
        waitForVaadin();
    }

    /** Chooses the municipality and plan year in the selection under the heading. */
    protected void choose(String municipality, int year) {
        scrollTo("select-municipality");
        click(By.id("select-municipality"));
        click(By.xpath("//vaadin-select-item[contains(., '" + municipality + "')]"));
        scrollTo("select-year");
        click(By.id("select-year"));
        click(By.xpath("//vaadin-select-item[normalize-space(.)='" + year + "']"));
    }

    protected void scrollTo(String id) {
        browser.executeScript("document.getElementById(arguments[0]).scrollIntoView({block: 'center'})", id);
    }

    /** The browser's viewport exactly this size. */
    protected void viewport(int width, int height) {
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
        waitForVaadin();
    }

    /**
     * Screenshots of the whole page at this width: the viewport as tall as the page (at most
     * 16,000 px), and for a longer page more of them, scrolled on: NAME-whole, NAME-whole-2, …
     */
    protected void wholePage(String name, int width, int height) throws IOException {
        Number tall = (Number) browser.executeScript("""
                let h = document.documentElement.scrollHeight;
                for (let p = document.querySelector('.view'); p; p = p.parentElement) { h = Math.max(h, p.scrollHeight); }
                return h;""");
        int shot = (int) Math.min(16_000, Math.max(height, tall.longValue() + 40));
        viewport(width, shot);
        try {
            screenshot(name + "-whole");
            for (int part = 2; (long) (part - 1) * shot < tall.longValue(); part++) {
                browser.executeScript("""
                        // Up from the view through slots and shadow roots: the layout's content area scrolls.
                        let s = document.querySelector('.view');
                        while (s && !(s.scrollHeight > s.clientHeight && /auto|scroll/.test(getComputedStyle(s).overflowY))) {
                          s = s.assignedSlot || s.parentElement || (s.getRootNode() && s.getRootNode().host);
                        }
                        (s || document.scrollingElement).scrollTop = arguments[0];""", (part - 1) * shot);
                screenshot(name + "-whole-" + part);
            }
        } finally {
            viewport(width, height);
        }
    }
}
