package se.maltavla.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;
import se.maltavla.support.Chromium;

/**
 * The overview in headless Chromium, timed in the page itself: a script installed before any of
 * the page's own (DevTools' addScriptToEvaluateOnNewDocument) checks every 4 ms whether the
 * overview's last section ({@code #attention}) is there and Vaadin has no request in flight,
 * and notes {@code performance.now()} the first time both hold. WebDriver only reads that
 * figure, so its own round trips do not count.
 */
final class OverviewTiming implements AutoCloseable {

    /**
     * One municipality: chosen in the municipality select on the overview (the view is built anew
     * for it on the server: the first time it is shown since the import), then a full navigation
     * to the overview (a new page load, as after a click on a link or a reload).
     *
     * @param switchMs from the click on the municipality until the overview shows it
     * @param navigationMs from the start of the navigation until the overview is rendered
     * @param documentMs the navigation's HTML response complete ({@code responseEnd})
     * @param loadMs the page's load event done ({@code loadEventEnd}): scripts and styles loaded
     */
    record Sample(String municipality, double switchMs, double navigationMs, double documentMs, double loadMs) {}

    private static final String WATCHER = """
            (() => {
              const state = window.__maltavla = { rendered: null };
              const idle = function () {
            %s
              };
              setInterval(() => {
                if (state.rendered !== null) return;
                const attention = document.getElementById('attention');
                if (attention && !attention.__maltavlaStale && idle()) state.rendered = performance.now();
              }, 4);
            })();""".formatted(Chromium.VAADIN_IDLE);

    private final String base;
    private final Path profile;
    private final ChromeDriver browser;

    OverviewTiming(String base) throws IOException {
        this.base = base;
        this.profile = Files.createTempDirectory("maltavla-benchmark-chromium");
        this.browser = Chromium.start(profile);
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCHER));
    }

    String browserVersion() {
        return "Chromium " + browser.getCapabilities().getBrowserVersion();
    }

    /** Logs in on the login view; Måltavla then shows the overview. */
    void logIn(String username, String password) {
        browser.get(base + "/login");
        WebElement user = visible(By.cssSelector("vaadin-login-form input[name='username']"));
        user.sendKeys(username);
        WebElement secret = visible(By.cssSelector("vaadin-login-form input[name='password']"));
        secret.sendKeys(password);
        secret.sendKeys(Keys.ENTER);
        rendered();
    }

    Sample measure(String municipality) {
        double switched = choose(municipality);
        browser.get(base + "/");
        double navigation = rendered();
        requireShown(municipality);
        @SuppressWarnings("unchecked")
        List<Number> timing = (List<Number>) browser.executeScript("""
                const n = performance.getEntriesByType('navigation')[0];
                return [n.responseEnd, n.loadEventEnd];""");
        return new Sample(
                municipality,
                switched,
                navigation,
                timing.get(0).doubleValue(),
                timing.get(1).doubleValue());
    }

    /** Chooses the municipality in the select; the time until the overview has been rebuilt for it. */
    private double choose(String municipality) {
        browser.executeScript("document.getElementById('select-municipality').opened = true;");
        await(() -> Boolean.TRUE.equals(browser.executeScript(
                findItem() + "return !!item && item.getBoundingClientRect().height > 0;", municipality)));
        Number start = (Number) browser.executeScript(findItem() + """
                const attention = document.getElementById('attention');
                if (attention) attention.__maltavlaStale = true;
                window.__maltavla.rendered = null;
                const start = performance.now();
                item.click();
                return start;""", municipality);
        double switched = rendered() - start.doubleValue();
        requireShown(municipality);
        return switched;
    }

    private static String findItem() {
        return """
                const codeOf = t => (t.match(/\\((\\d{4})\\)$/) || t.match(/^(\\d{4})(?: |$)/) || [])[1];
                const item = [...document.querySelectorAll('vaadin-select-item')]
                    .find(i => codeOf(i.textContent.trim()) === arguments[0]);
                """;
    }

    /**
     * Waits for the watcher's figure: ms since the page's time origin. Fails at once when the page
     * shows an error instead: Vaadin's system error ("Internal error", "Session expired"), its error
     * view for an exception in a navigation, or an error notification.
     */
    private double rendered() {
        Object[] value = new Object[1];
        await(() -> {
            value[0] = browser.executeScript(RENDERED_OR_ERROR);
            if (value[0] instanceof String error) {
                throw new IllegalStateException("The page shows an error instead of the overview: " + error);
            }
            return value[0] != null;
        });
        return ((Number) value[0]).doubleValue();
    }

    private static final String RENDERED_OR_ERROR = """
            const state = window.__maltavla;
            if (state && state.rendered !== null) return state.rendered;
            const flat = e => e.textContent.replace(/\\s+/g, ' ').trim().substring(0, 300);
            const system = document.querySelector('.v-system-error');
            if (system) return 'Vaadin system error: ' + flat(system);
            const body = document.body ? document.body.textContent : '';
            if (body.includes('There was an exception while trying to navigate')) return flat(document.body);
            const notification = document.querySelector('vaadin-notification-card[theme~="error"]');
            if (notification) return 'error notification: ' + flat(notification);
            return null;""";

    /**
     * After a failure: loads the overview anew and returns the code of the municipality it shows,
     * or "" when it does not render (never throws).
     */
    String reload() {
        try {
            browser.get(base + "/");
            rendered();
            return codeOf(shown());
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** The overview's municipality select shows the municipality ("Ronneby (1081)", or "9901 …" for a code not in the list). */
    private void requireShown(String municipality) {
        String shown = shown();
        if (!codeOf(shown).equals(municipality)) {
            throw new IllegalStateException("The overview shows \"" + shown + "\", not municipality " + municipality);
        }
    }

    /** The code in a label of the select: "Ronneby (1081)" or "9901 Strategy name"; "" when none. */
    static String codeOf(String label) {
        Matcher named = NAMED.matcher(label);
        if (named.find()) {
            return named.group(1);
        }
        Matcher coded = CODED.matcher(label);
        return coded.find() ? coded.group(1) : "";
    }

    private static final Pattern NAMED = Pattern.compile("\\((\\d{4})\\)$");
    private static final Pattern CODED = Pattern.compile("^(\\d{4})(?: |$)");

    private String shown() {
        return (String) browser.executeScript("""
                const value = document.querySelector('#select-municipality [slot="value"]');
                return value ? value.textContent.trim() : '';""");
    }

    private WebElement visible(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private void await(BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .pollingEvery(Duration.ofMillis(20))
                .until(b -> condition.getAsBoolean());
    }

    @Override
    public void close() throws IOException {
        browser.quit();
        FileSystemUtils.deleteRecursively(profile);
    }
}
