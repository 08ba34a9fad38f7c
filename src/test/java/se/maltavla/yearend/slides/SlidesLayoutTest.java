package se.maltavla.yearend.slides;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.FileSystemUtils;
import se.maltavla.support.Chromium;
import se.maltavla.support.PdfConformance;

/**
 * The slides of the largest, wordiest plan year a municipality's files can make
 * ({@link ExtremeSnapshot}), in Swedish and English: whatever the data, a slide keeps its text at
 * least 24 px and nothing runs off it or into its footer, in Chromium (the slides' own HTML and
 * style sheets, at 1280 × 720 and 1920 × 1080) and in the PDF (one conforming page per slide);
 * text from the files is never read as markup.
 */
@Tag("browser")
class SlidesLayoutTest {

    private static final Path OUT = Path.of("target", "slides-layout");

    private final Presentation presentation = new Presentation(null, messages());

    @Test
    void the_largest_plan_year_fits_every_slide_in_swedish() throws Exception {
        check(Locale.forLanguageTag("sv"));
    }

    @Test
    void the_largest_plan_year_fits_every_slide_in_english() throws Exception {
        check(Locale.ENGLISH);
    }

    private void check(Locale language) throws Exception {
        SlideDeck deck = presentation.deck(ExtremeSnapshot.build(), language);
        String sections = presentation.browserSections(deck);
        assertThat(sections)
                .doesNotContain("<img src=x")
                .contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot;");

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        presentation.writePdf(deck, pdf);
        Files.createDirectories(OUT);
        Files.write(OUT.resolve("extreme-" + language.getLanguage() + ".pdf"), pdf.toByteArray());
        assertThat(PdfConformance.pdfUa(pdf.toByteArray())).isEmpty();
        assertThat(PdfConformance.pdfA(pdf.toByteArray())).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            PdfPages pages = new PdfPages(document);
            assertThat(pages.count()).isEqualTo(deck.slides().size());
            for (int page = 1; page <= pages.count(); page++) {
                assertThat(pages.textIntoFooter(page))
                        .as("PDF page %d runs into its footer", page)
                        .isEmpty();
            }
        }

        Path page = OUT.resolve("extreme-" + language.getLanguage() + ".html");
        Files.writeString(page, page(sections, language));
        Path profile = Files.createTempDirectory("maltavla-chromium");
        ChromeDriver browser = Chromium.start(profile);
        try {
            browser.get(page.toUri().toString());
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(
                            b -> Boolean.TRUE.equals(
                                    browser.executeScript(
                                            "return document.fonts.check(\"bold 26px 'DejaVu Sans'\") && document.fonts.status === 'loaded'")));
            assertThat(browser.executeScript("return document.querySelectorAll('.slides-deck img').length"))
                    .isEqualTo(0L);
            for (int[] screen : List.of(new int[] {1280, 720}, new int[] {1920, 1080})) {
                browser.executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", screen[0], "height", screen[1], "deviceScaleFactor", 1, "mobile", false));
                for (int slide = 0; slide < deck.slides().size(); slide++) {
                    browser.executeScript("showSlide(arguments[0])", slide);
                    String where = "slide " + (slide + 1) + " (" + language.getLanguage() + ", " + screen[0] + "x"
                            + screen[1] + ")";
                    Files.createDirectories(Path.of("target", "screenshots"));
                    Files.copy(
                            browser.getScreenshotAs(OutputType.FILE).toPath(),
                            Path.of(
                                    "target",
                                    "screenshots",
                                    "slides-extreme-" + language.getLanguage() + "-" + screen[0] + "x" + screen[1] + "-"
                                            + String.format("%02d", slide + 1) + ".png"),
                            StandardCopyOption.REPLACE_EXISTING);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> smallest =
                            (Map<String, Object>) browser.executeScript(SlideChecks.SMALLEST_TEXT);
                    assertThat(((Number) smallest.get("size")).doubleValue())
                            .as("smallest text on %s: %s", where, smallest.get("text"))
                            .isGreaterThanOrEqualTo(23.99);
                    assertThat(browser.executeScript(SlideChecks.OVERFLOW))
                            .as(where)
                            .asList()
                            .isEmpty();
                }
            }
        } finally {
            browser.quit();
            FileSystemUtils.deleteRecursively(profile);
        }
    }

    /** The deck on a page of its own: the slides' style sheets and font, scaled to the window as the view does. */
    private static String page(String sections, Locale language) throws IOException {
        String css = Path.of("src/main/resources/META-INF/resources/styles/slides.css")
                .toAbsolutePath()
                .toUri()
                .toString();
        String screenCss = Path.of("src/main/resources/META-INF/resources/styles/slides-screen.css")
                .toAbsolutePath()
                .toUri()
                .toString();
        return "<!DOCTYPE html><html lang=\"" + language.getLanguage()
                + "\"><head><meta charset=\"utf-8\"/><title>Bilder</title><style>"
                + font(400, "DejaVuSans.ttf") + font(700, "DejaVuSans-Bold.ttf") + "</style>"
                + "<link rel=\"stylesheet\" href=\"" + css + "\"/><link rel=\"stylesheet\" href=\"" + screenCss
                + "\"/></head>"
                + "<body style=\"margin:0\"><div class=\"slides-stage\" id=\"slides\"><div class=\"slides-frame\"><div class=\"slides-deck\">"
                + sections + "</div></div></div><script>"
                + "const stage = document.getElementById('slides'); const frame = stage.querySelector('.slides-frame');"
                + "const slides = Array.from(stage.querySelectorAll('section.slide'));"
                + "window.showSlide = i => { slides.forEach((s, k) => { s.hidden = k !== i; });"
                + " const scale = Math.min(stage.clientWidth / 1280, stage.clientHeight / 720);"
                + " frame.style.transform = 'translate(-50%, -50%) scale(' + scale + ')'; };"
                + "showSlide(0); document.fonts.load(\"26px 'DejaVu Sans'\"); document.fonts.load(\"bold 26px 'DejaVu Sans'\");"
                + "</script></body></html>";
    }

    private static String font(int weight, String file) throws IOException {
        try (InputStream in = SlidesLayoutTest.class.getClassLoader().getResourceAsStream("fonts/" + file)) {
            return "@font-face { font-family: 'DejaVu Sans'; font-weight: " + weight
                    + "; src: url(data:font/ttf;base64," + Base64.getEncoder().encodeToString(in.readAllBytes())
                    + ") format('truetype'); }";
        }
    }

    /** The application's message bundles, read as Spring reads them (application.properties). */
    static ResourceBundleMessageSource messages() {
        Properties application = new Properties();
        try (InputStream in = SlidesLayoutTest.class.getClassLoader().getResourceAsStream("application.properties")) {
            application.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(
                application.getProperty("spring.messages.basename").split(","));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(true);
        return messages;
    }
}
