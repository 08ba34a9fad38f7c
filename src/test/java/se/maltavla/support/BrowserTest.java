package se.maltavla.support;

import static org.assertj.core.api.Assertions.fail;
import static se.maltavla.db.Tables.USER_PREFERENCE;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.FileSystemUtils;

/**
 * Real-browser tests: Debian's Chromium and chromedriver (offline: Selenium Manager never runs)
 * against the running application, a screenshot per view under target/screenshots/, and axe-core
 * on every view, failing on any WCAG 2.1 A or AA violation. Without Chromium these tests fail
 * and say what to install; they are never skipped.
 */
@Tag("browser")
public abstract class BrowserTest extends RunningAppTest {

    static final Path CHROMIUM = Chromium.BINARY;
    static final Path CHROMEDRIVER = Chromium.DRIVER;
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /**
     * Rules of WCAG 2.1 that axe-core counts as experimental and leaves out of its tags: a
     * control's accessible name must contain its visible text (2.5.3 Label in Name).
     */
    static final List<String> EXPERIMENTAL_WCAG_21 = List.of("label-content-name-mismatch");

    protected ChromeDriver browser;
    private Path profile;

    @BeforeAll
    static void chromiumIsInstalled() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("The browser tests need Debian's Chromium and its driver (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): install them with 'apt-get install chromium chromium-driver' (.ci/run does), "
                    + "or leave these tests out with './mvnw verify -DexcludedGroups=browser'.");
        }
    }

    @Autowired
    private DSLContext db;

    /**
     * Every browser test starts as a first visit: the dashboard remembers each user's last
     * municipality, plan year and date, and the tests share the coordinator.
     */
    @BeforeEach
    void forgetRememberedChoices() {
        db.deleteFrom(USER_PREFERENCE).execute();
    }

    @BeforeEach
    void startBrowser() throws IOException {
        profile = Files.createTempDirectory("maltavla-chromium");
        // An English-speaking browser: Måltavla must still start in Swedish.
        browser = Chromium.start(profile);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        FileSystemUtils.deleteRecursively(profile);
    }

    /** Opens a path of the application and waits until Vaadin has rendered it. */
    protected void open(String path) {
        browser.get(url(path));
        waitForVaadin();
    }

    protected void logIn(String username, String password) {
        open("/login");
        field("username").sendKeys(username);
        WebElement passwordField = field("password");
        passwordField.sendKeys(password);
        passwordField.sendKeys(Keys.ENTER);
        waitForVaadin();
    }

    /** Logs the sample data's coordinator in and waits for the overview. */
    protected void logInAsCoordinator() {
        logIn(COORDINATOR, WebTestEnvironment.COORDINATOR_PASSWORD);
        waitForText("Behöver uppmärksamhet");
    }

    /** Switches the language to English, waits for {@code text} and checks the view again as {@code name}. */
    protected void checkInEnglish(String text, String name) throws IOException {
        click(By.id("language"));
        waitForText(text);
        checkView(name);
    }

    private WebElement field(String name) {
        return waitFor(By.cssSelector("vaadin-login-form input[name='" + name + "']"));
    }

    protected WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    protected void waitForText(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> pageText().contains(text));
    }

    /** What a person reads on the page, the components' shadow roots included. */
    protected String pageText() {
        return (String) ((JavascriptExecutor) browser).executeScript("""
                const visible = e => e.checkVisibility ? e.checkVisibility() : true;
                const text = node => {
                  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
                  if (node.nodeType !== Node.ELEMENT_NODE || !visible(node)) return '';
                  if (['SCRIPT', 'STYLE'].includes(node.tagName)) return '';
                  const children = node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
                  let out = '';
                  for (const child of children) {
                    if (child.tagName === 'SLOT') {
                      for (const assigned of child.assignedNodes({flatten: true})) out += text(assigned) + ' ';
                    } else {
                      out += text(child) + ' ';
                    }
                  }
                  return out;
                };
                return text(document.body).replace(/\\s+/g, ' ');""");
    }

    /** Clicks an element, scrolled into view first (the layout's content area scrolls, not the page). */
    protected void click(By locator) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(locator));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
        waitForVaadin();
    }

    protected void waitForVaadin() {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(b -> Boolean.TRUE.equals(((JavascriptExecutor) b).executeScript(Chromium.VAADIN_IDLE)));
    }

    /** Saves what the browser shows as target/screenshots/NAME.png. */
    protected Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = browser.getScreenshotAs(OutputType.FILE);
        return Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The element that has the keyboard focus, looked for through the components' shadow roots: its id, tag and text. */
    protected String focused() {
        return (String) ((JavascriptExecutor) browser).executeScript("""
                let e = document.activeElement;
                while (e && e.shadowRoot && e.shadowRoot.activeElement) { e = e.shadowRoot.activeElement; }
                return e ? (e.id || '') + '|' + e.tagName.toLowerCase() + '|' + (e.textContent || '').trim() : '';""");
    }

    /** The names (aria-label) of the reveal buttons of the page's password fields, once every field has one. */
    @SuppressWarnings("unchecked")
    protected List<String> revealButtons() {
        String script = """
                const fields = Array.from(document.querySelectorAll('vaadin-password-field'));
                const labels = fields.map(f => f.querySelector('[slot=reveal]')).filter(b => b).map(b => b.getAttribute('aria-label'));
                return labels.length === fields.length ? labels : null;""";
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(b -> (List<String>) ((JavascriptExecutor) b).executeScript(script));
    }

    /** Presses Tab once on whatever has the focus. */
    protected void tab() {
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.TAB).perform();
    }

    /**
     * The elements of the page that run off its right edge (none is what a phone user needs): each
     * as tag.class and how far, leaving out what scrolls inside a frame of its own (wide tables,
     * the matrix) and what is hidden.
     */
    @SuppressWarnings("unchecked")
    protected List<String> offTheRightEdge() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("""
                const width = document.documentElement.clientWidth;
                const scrolls = e => { for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
                    const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll') return true; } return false; };
                const out = [];
                for (const e of document.querySelectorAll('.view *')) {
                  const r = e.getBoundingClientRect();
                  if (r.width === 0 || r.height === 0 || scrolls(e)) continue;
                  if (r.right > width + 1) out.push(e.tagName.toLowerCase() + '.' + e.className + ' +' + Math.round(r.right - width) + 'px');
                }
                return out;""");
    }

    /** A screenshot of the view, then axe-core over it: fails with every WCAG 2.1 A/AA violation found. */
    protected void checkView(String name) throws IOException {
        screenshot(name);
        var results = new AxeBuilder()
                .withTags(WCAG_21_AA)
                .withRules(EXPERIMENTAL_WCAG_21)
                .analyze(browser);
        if (results.isErrored()) {
            fail("axe-core could not check " + name + ": " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            fail(violations.size() + " accessibility violation(s) (WCAG 2.1 A/AA) on " + name + " ("
                    + browser.getCurrentUrl() + "):\n"
                    + violations.stream().map(BrowserTest::describe).collect(Collectors.joining("\n")));
        }
    }

    private static String describe(Rule rule) {
        return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " " + rule.getHelpUrl() + "\n"
                + rule.getNodes().stream()
                        .map(node -> "    at " + node.getTarget() + ": " + node.getHtml() + "\n      "
                                + String.valueOf(node.getFailureSummary()).replace("\n", "\n      "))
                        .collect(Collectors.joining("\n"));
    }
}
