package se.maltavla.yearend.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.springframework.beans.factory.annotation.Autowired;
import se.maltavla.dataimport.ImportProgress;
import se.maltavla.dataimport.ImportRunResult;
import se.maltavla.dataimport.ImportService;
import se.maltavla.dataimport.ImportTrigger;
import se.maltavla.support.WebTestEnvironment;

/**
 * The written report on a page of the app (issue 11, section 3): the PDF's content from the same
 * snapshot, in the app's page frame, in Swedish and English, with the PDF to download; a year not
 * locked as a draft; addresses that name nothing said in words; markup in the data shown as text.
 */
class ReportBrowserTest extends YearEndBrowserTestBase {

    private static final String TODAY =
            LocalDate.now(ZoneId.of("Europe/Stockholm")).toString();

    @Autowired
    ImportService imports;

    @AfterEach
    void kungsbacka2018AsFound() {
        neverLocked("1384", 2018);
    }

    @Test
    void the_year_end_page_leads_to_ronnebys_locked_report_with_its_pdf_in_swedish_and_english() throws Exception {
        ronneby2016Locked();
        int version = asCoordinator(() -> yearEnd.state("1081", 2016))
                .lockedVersion()
                .orElseThrow()
                .version();
        logIn(COORDINATOR, WebTestEnvironment.COORDINATOR_PASSWORD);
        open("/arsbokslut");
        choose("1081", 2016);
        waitForText("Skriftlig rapport");
        click(By.id("year-end-report"));
        waitForReport();

        assertThat(browser.getCurrentUrl()).endsWith("/arsbokslut/rapport/1081/2016");
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Uppföljning av internationell strategi, årsbokslut 2016");
        assertThat(browser.findElements(By.tagName("h1")))
                .as("one h1: the page's")
                .hasSize(1);
        assertThat(browser.getTitle())
                .isEqualTo("Uppföljning av internationell strategi, årsbokslut 2016, Ronneby, version " + version
                        + " – Måltavla");
        assertThat(shown(By.id("report-state")))
                .isEqualTo("Fastställt " + TODAY + " · version " + version + " · utvärderat per 2016-12-31");
        String counts =
                browser.findElement(By.cssSelector("#report-content .counts")).getText();
        assertThat(counts).matches("\\d+ av \\d+ mål uppfyllda, \\d+ delvis, .*");
        assertThat(pageText())
                .contains(
                        "Sammanfattning",
                        "Ronneby kommun",
                        "Siffrorna per 2016-12-31, fastställda i version " + version,
                        "Prioriterade områden",
                        "Hållbara städer",
                        "Nämnderna",
                        "Internationella aktiviteter",
                        "Bilaga A. Så beräknas siffrorna",
                        "Bilaga B. Alla indikatorer")
                .doesNotContain("Utkast");
        assertThat(browser.findElement(By.id("report-slides")).getAttribute("href"))
                .endsWith("/arsbokslut/bilder/1081/2016");
        checkView("report-ronneby-2016-sv");

        Path pdf = download("report-pdf");
        assertThat(pdf.getFileName().toString()).isEqualTo("arsbokslut-1081-2016-v" + version + ".pdf");
        String pdfText = text(pdf);
        assertThat(pdfText)
                .as("the PDF says what the page says")
                .contains("Uppföljning av internationell strategi, årsbokslut 2016", flat(counts));

        click(By.id("language"));
        waitForText("Follow-up of the international strategy, annual report 2016");
        assertThat(shown(By.id("report-state")))
                .isEqualTo("Locked " + TODAY + " · version " + version + " · evaluated at 2016-12-31");
        assertThat(browser.findElement(By.id("report-content")).getAttribute("lang"))
                .isEqualTo("en");
        assertThat(pageText())
                .contains("Summary", "Download as PDF", "Show the presentation", "To the year-end")
                .doesNotContain("Sammanfattning", "Ladda ner");
        checkView("report-ronneby-2016-en");
    }

    @Test
    void a_year_not_locked_is_shown_as_a_draft() throws Exception {
        logIn(COORDINATOR, WebTestEnvironment.COORDINATOR_PASSWORD);
        open("/arsbokslut/rapport/1384/2020");
        waitForReport();
        assertThat(shown(By.id("report-state"))).isEqualTo("Utkast – inte fastställt");
        assertThat(pageText())
                .contains(
                        "Sammanfattning",
                        "Kungsbacka kommun",
                        "Utkast: planåret 2020 är inte fastställt.",
                        "Grundpelare")
                .doesNotContain("Fastställt");
        assertThat(browser.getTitle()).contains("årsbokslut 2020, Kungsbacka, utkast");
        checkView("report-kungsbacka-2020-sv");
        Path pdf = download("report-pdf");
        assertThat(pdf.getFileName().toString()).isEqualTo("arsbokslut-1384-2020-utkast.pdf");
        assertThat(text(pdf)).contains("Utkast – inte fastställt");

        click(By.id("report-back"));
        waitForText("Vad saknas inför fastställandet");
        assertThat(shown(By.id("year-end-state-words")))
                .as("the way back leads to the year-end of the report's municipality and year")
                .isEqualTo("Inte fastställt");
        assertThat(pageText()).contains("Förvaltningen för Förskola & Grundskola");
    }

    @Test
    void an_address_that_names_no_report_is_said_in_words_inside_the_page_frame() throws Exception {
        logIn(COORDINATOR, WebTestEnvironment.COORDINATOR_PASSWORD);
        expectProblem("/arsbokslut/rapport/9999/2017", "Kommunen 9999 finns inte i Måltavla.");
        expectProblem("/arsbokslut/rapport/1081/1999", "Planåret 1999 finns inte för Ronneby");
        expectProblem("/arsbokslut/rapport/1081/2016?version=99", "Version 99 av planåret 2016 finns inte.");
        expectProblem("/arsbokslut/rapport/1081/2017?version=0", "Versionen måste vara ett heltal från 1, t.ex. 1: 0");
        expectProblem("/arsbokslut/rapport/1081/tjugo", "Planåret måste vara ett årtal, t.ex. 2017: tjugo");
        expectProblem(
                "/arsbokslut/rapport/" + "x".repeat(300) + "/2016",
                "Kommunen " + "x".repeat(40) + "… finns inte i Måltavla.");
        checkView("report-problem-sv");
        click(By.id("report-back"));
        waitForText("Vad saknas inför fastställandet");
    }

    @Test
    void markup_in_a_qualitative_text_is_shown_as_text_and_never_run() throws Exception {
        String markup =
                "<script>window.maltavlaXss = 1</script><b>fetstil</b> <img src=x onerror=\"window.maltavlaXss = 2\">";
        Path inbox = Files.createTempDirectory("maltavla-narrative");
        Files.writeString(
                inbox.resolve("berattelse-kungsbacka-2018.csv"),
                "kommun;ar;namnd;kod;text\r\n1384;2018;;GP-KONTAKT;\"" + markup.replace("\"", "\"\"") + "\"\r\n");
        ImportRunResult result = imports.run(
                inbox, ImportTrigger.COMMAND, Locale.forLanguageTag("sv"), Duration.ofMinutes(1), ImportProgress.NONE);
        assertThat(result.exitStatus()).as("the text is imported").isZero();

        logIn(COORDINATOR, WebTestEnvironment.COORDINATOR_PASSWORD);
        open("/arsbokslut/rapport/1384/2018");
        waitForReport();
        assertThat(pageText()).contains(markup);
        assertThat(browser.findElements(
                        By.cssSelector("#report-content script, #report-content b, #report-content img[src='x']")))
                .as("no element made of the text")
                .isEmpty();
        assertThat(browser.executeScript("return window.maltavlaXss === undefined"))
                .isEqualTo(Boolean.TRUE);
        checkView("report-kungsbacka-2018-markup");
    }

    private void expectProblem(String path, String message) {
        open(path);
        waitForText("Rapporten kan inte visas");
        assertThat(shown(By.id("report-problem"))).startsWith(message);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Rapporten kan inte visas");
        assertThat(pageText()).doesNotContain("Exception", "Could not navigate");
    }

    /** Downloads what the link leads to, in the browser's session: the file, named as the answer names it. */
    private Path download(String linkId) throws IOException, InterruptedException {
        String href = browser.findElement(By.id(linkId)).getAttribute("href");
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(href))
                                .header("Cookie", "JSESSIONID=" + session.getValue())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        String disposition = answer.headers().firstValue("Content-Disposition").orElse("");
        String name = disposition.replaceAll(".*filename=\"?([^\";]+)\"?.*", "$1");
        Path file = Files.createTempDirectory("maltavla-report").resolve(name);
        return Files.write(file, answer.body());
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return flat(new PDFTextStripper().getText(document));
        }
    }

    private static String flat(String text) {
        return text.replace('\u00A0', ' ').replaceAll("\\s+", " ").trim();
    }
}
