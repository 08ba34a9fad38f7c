package se.maltavla.support;

import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium through its chromedriver, offline (Selenium Manager never runs),
 * as the browser tests and the dashboard benchmark start it.
 */
public final class Chromium {

    public static final Path BINARY = Path.of(System.getProperty("maltavla.test.chromium", "/usr/bin/chromium"));
    public static final Path DRIVER =
            Path.of(System.getProperty("maltavla.test.chromedriver", "/usr/bin/chromedriver"));

    /** True in the page once Vaadin has started and has no request in flight: what the user sees is rendered. */
    public static final String VAADIN_IDLE = """
            if (document.readyState !== 'complete') return false;
            const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
            if (!clients || Object.keys(clients).length === 0) return false;
            return Object.values(clients).every(c => !c.isActive || !c.isActive());""";

    private Chromium() {}

    /** A new headless browser with its own profile folder, in English (Måltavla must still start in Swedish). */
    public static ChromeDriver start(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + profile,
                "--window-size=1280,1000",
                "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return browser;
    }
}
