package se.maltavla.yearend.slides.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import se.maltavla.support.BrowserTest;
import se.maltavla.support.WebTestEnvironment;
import se.maltavla.yearend.YearEndService;
import se.maltavla.yearend.slides.SlideChecks;

/**
 * The presentation in a real browser (issue 11, section 4), for both sample municipalities at a
 * projector's 1280 × 720 and 1920 × 1080: every slide reached with the keyboard, its text at least
 * 24 px as shown, nothing cut off, overlapping the footer or scrolling, a screenshot of each, and
 * axe-core (WCAG 2.1 AA) on each. Ronneby 2016 is locked (the stamp says when); Kungsbacka 2020
 * is shown as a draft.
 */
class SlidesBrowserTest extends BrowserTest {

    private static final List<int[]> SCREENS = List.of(new int[] {1280, 720}, new int[] {1920, 1080});

    /** Keys that move on, taken in turn, so that every one of them is used on the way. */
    private static final List<CharSequence> FORWARD =
            List.of(Keys.ARROW_RIGHT, Keys.SPACE, Keys.PAGE_DOWN, Keys.ARROW_DOWN);

    @Autowired
    YearEndService yearEnd;

    @Autowired
    SecurityContextHolderStrategy signedIn;

    @Test
    void ronneby_2016_locked_every_slide_by_keyboard_readable_at_1280_and_1920() throws Exception {
        lockRonneby2016();
        logIn(COORDINATOR, WebTestEnvironment.COORDINATOR_PASSWORD);
        for (int[] screen : SCREENS) {
            walk(
                    "/arsbokslut/bilder/1081/2016",
                    "ronneby-2016",
                    screen,
                    "Fastställd " + java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm"))
                            + " · utvärderat per 2016-12-31",
                    List.of(
                            "Uppföljning av internationell strategi",
                            "Året i siffror",
                            "Hållbara städer",
                            "Aktivt åldrande",
                            "Den moderna kurorten",
                            "Unga på väg",
                            "Minskat utanförskap",
                            "Nämnderna",
                            "Aktiviteter och partner",
                            "Extern finansiering",
                            "Framåt: mål i risk",
                            "Framåt: det som inte rapporterades"));
        }
    }

    @Test
    void kungsbacka_2020_draft_every_slide_by_keyboard_readable_at_1280_and_1920() throws Exception {
        logIn(COORDINATOR, WebTestEnvironment.COORDINATOR_PASSWORD);
        for (int[] screen : SCREENS) {
            walk(
                    "/arsbokslut/bilder/1384/2020",
                    "kungsbacka-2020",
                    screen,
                    "Utkast · utvärderat per 2020-12-31",
                    List.of(
                            "Uppföljning av internationell strategi",
                            "Året i siffror",
                            "Internationella kontakter",
                            "Omvärlds- och intressebevakning",
                            "Transnationella utvecklingsprojekt",
                            "Nämnderna",
                            "Aktiviteter och partner",
                            "Extern finansiering",
                            "Framåt: mål i risk",
                            "Framåt: det som inte rapporterades"));
        }
    }

    @Test
    void keys_move_back_and_to_the_ends_full_screen_comes_and_goes_and_escape_leaves() {
        logIn(COORDINATOR, WebTestEnvironment.COORDINATOR_PASSWORD);
        screen(1280, 720);
        openSlides("/arsbokslut/bilder/1384/2020");
        int last = slideCount();

        press(Keys.END);
        assertThat(current()).isEqualTo(last);
        press(Keys.ARROW_RIGHT);
        assertThat(current()).as("no further than the last").isEqualTo(last);
        press(Keys.ARROW_LEFT);
        press(Keys.PAGE_UP);
        press(Keys.ARROW_UP);
        assertThat(current()).isEqualTo(last - 3);
        new Actions(browser)
                .keyDown(Keys.SHIFT)
                .sendKeys(Keys.SPACE)
                .keyUp(Keys.SHIFT)
                .perform();
        assertThat(current()).isEqualTo(last - 4);
        press(Keys.HOME);
        assertThat(current()).isEqualTo(1);
        press(Keys.ARROW_LEFT);
        assertThat(current()).as("no further back than the first").isEqualTo(1);
        assertThat(browser.getCurrentUrl()).endsWith("#bild-1");

        click(By.cssSelector(".slides-next"));
        assertThat(current()).isEqualTo(2);
        click(By.cssSelector(".slides-fullscreen"));
        waitUntil("document.fullscreenElement !== null");
        assertThat(script("return document.fullscreenElement.id")).isEqualTo("slides");
        press(Keys.ESCAPE);
        waitUntil("document.fullscreenElement === null");
        assertThat(browser.getCurrentUrl())
                .as("Esc in full screen leaves full screen only")
                .contains("/arsbokslut/bilder/");

        browser.navigate().refresh();
        waitForSlides();
        assertThat(current()).as("a reload keeps the slide").isEqualTo(2);
        press(Keys.ESCAPE);
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(b -> !b.getCurrentUrl().contains("/arsbokslut/bilder/"));
        waitForText("Behöver uppmärksamhet");
    }

    @Test
    void an_unknown_municipality_year_or_version_is_said_in_words() {
        logIn(COORDINATOR, WebTestEnvironment.COORDINATOR_PASSWORD);
        open("/arsbokslut/bilder/9999/2017");
        waitForText("Bildspelet kan inte visas");
        assertThat(pageText()).contains("Kommunen 9999 finns inte i Måltavla.");
        open("/arsbokslut/bilder/1081/1999");
        waitForText("Planåret 1999 finns inte för");
        open("/arsbokslut/bilder/1081/2017?version=7");
        waitForText("Version 7 av planåret 2017 finns inte.");
        open("/arsbokslut/bilder/1081/tjugo");
        waitForText("Planåret måste vara ett årtal, t.ex. 2017: tjugo");
    }

    private void walk(String path, String name, int[] size, String stamp, List<String> titles) throws Exception {
        screen(size[0], size[1]);
        openSlides(path);
        assertThat(slideCount()).isEqualTo(titles.size());
        assertThat(((Number) script("return document.querySelector('.slides-frame').getBoundingClientRect().width"))
                        .doubleValue())
                .as("the slide fills the screen's width")
                .isCloseTo(size[0], org.assertj.core.data.Offset.offset(0.5));
        for (int slide = 1; slide <= titles.size(); slide++) {
            assertThat(current()).isEqualTo(slide);
            assertThat(script("return document.querySelectorAll('section.slide:not([hidden])').length"))
                    .isEqualTo(1L);
            String text = (String) script("return document.querySelector('section.slide:not([hidden])').innerText");
            assertThat(text).contains(titles.get(slide - 1), stamp, slide + " / " + titles.size());
            @SuppressWarnings("unchecked")
            Map<String, Object> smallest = (Map<String, Object>) script(SlideChecks.SMALLEST_TEXT);
            assertThat(((Number) smallest.get("size")).doubleValue())
                    .as("smallest text on slide %d at %dx%d: %s", slide, size[0], size[1], smallest.get("text"))
                    .isGreaterThanOrEqualTo(23.99);
            assertThat(script(SlideChecks.OVERFLOW))
                    .as("slide %d at %dx%d", slide, size[0], size[1])
                    .asList()
                    .isEmpty();
            checkView("slides-" + name + "-" + size[0] + "x" + size[1] + "-" + String.format("%02d", slide));
            press(FORWARD.get((slide - 1) % FORWARD.size()));
        }
        assertThat(current()).as("the last slide stays").isEqualTo(titles.size());
    }

    private void lockRonneby2016() {
        signedIn.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "koordinator", null, AuthorityUtils.createAuthorityList("ROLE_COORDINATOR")));
        try {
            if (!yearEnd.state("1081", 2016).locked()) {
                yearEnd.lock("1081", 2016, null);
            }
        } finally {
            signedIn.clearContext();
        }
    }

    /** The browser's viewport exactly as a projector's screen. */
    private void screen(int width, int height) {
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    private void openSlides(String path) {
        open(path);
        waitForSlides();
    }

    private void waitForSlides() {
        waitForVaadin();
        waitUntil("const s = document.getElementById('slides'); return s !== null && s.dataset.ready === 'true'");
    }

    private void press(CharSequence key) {
        new Actions(browser).sendKeys(key).perform();
    }

    private int slideCount() {
        return ((Number) script("return document.querySelectorAll('section.slide').length")).intValue();
    }

    private int current() {
        return Integer.parseInt((String) script("return document.getElementById('slides').dataset.current"));
    }

    private Object script(String js) {
        return browser.executeScript(js);
    }

    private void waitUntil(String condition) {
        String js = condition.startsWith("const") ? condition : "return " + condition;
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> Boolean.TRUE.equals(browser.executeScript(js)));
    }
}
