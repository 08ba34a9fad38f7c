package se.maltavla.dataimport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import se.maltavla.fulfilment.FulfilmentService;
import se.maltavla.fulfilment.Level;
import se.maltavla.support.BrowserTest;
import se.maltavla.support.WebTestEnvironment;
import se.maltavla.support.Workbooks;

/**
 * The coordinator uploads an utfall file for Ronneby with three bad rows (beside this test),
 * imports it with "Importera nu", watches its progress, and reads which lines were rejected,
 * for which municipality and indicator, and why; then the same in English; and finds on the
 * indicator's page that its newer value was rejected.
 */
class ImportBrowserTest extends BrowserTest {

    static final String FILE = "utfall-ronneby-2017-fel.csv";
    static final String UNKNOWN_INDICATOR =
            "Indikatorn KS-17-9.9 finns inte i handlingsplanen för år 2017 (kommun 1081). "
                    + "Läs in handlingsplanen först, eller kontrollera indikatorkoden och perioden.";
    static final String NOT_A_NUMBER =
            "Inte ett tal. Skriv t.ex. 1 234,5 eller 12,5 % (mellanslag som tusentalsavgränsare, "
                    + "decimalkomma eller decimalpunkt). Bokstäver godtas inte.";
    static final String NOT_A_PERIOD = "Inte en period. Skriv t.ex. 2016 (år), 2016-H1 (halvår), 2016-T1 (tertial), "
            + "2016-Q1 eller 2016-K1 (kvartal) eller 2016-05 (månad).";

    @TempDir
    Path folder;

    @Autowired
    FulfilmentService fulfilment;

    @Test
    void the_coordinator_uploads_a_file_with_errors_imports_it_and_reads_what_was_rejected_and_why() throws Exception {
        logIn(COORDINATOR, WebTestEnvironment.COORDINATOR_PASSWORD);
        open("/import");
        waitForText("Lägg filer i inkorgen");
        assertThat(browser.getTitle()).isEqualTo("Import – Måltavla");

        Path oldExcel = Files.writeString(folder.resolve("utfall.xls"), "PK");
        fileInput().sendKeys(oldExcel.toString());
        waitForText("Filen utfall.xls är en äldre Excel-arbetsbok (.xls).");

        fileInput().sendKeys(sample().toString());
        waitForText("Filen " + FILE + " ligger nu i inkorgen som " + FILE + ".");

        click(By.id("start-import"));
        WebElement progress = waitFor(By.cssSelector("#run-progress .file-progress[data-file='" + FILE + "']"));
        assertThat(progress.findElement(By.tagName("vaadin-progress-bar")).getAttribute("aria-label"))
                .isEqualTo("Inlästa rader i " + FILE);
        waitForText("Importen är klar, men några rader eller filer avvisades.");
        assertThat(progress.getText())
                .contains(
                        FILE + " (utfall)", "4 av 4 rader", "lästa 4, nya 0, uppdaterade 0, oförändrade 1, avvisade 3");

        WebElement newest = waitFor(By.cssSelector("#runs .import-run"));
        assertThat(newest.getText()).contains("startad här", "Klar, några rader eller filer avvisades", FILE);
        assertThat(newest.findElement(By.xpath(".//tr[*[normalize-space()='" + FILE + "']]"))
                        .getText())
                .contains(FILE, "utfall", "4 0 0 1 3");
        waitForText("Fil " + FILE + " i körning");
        assertThat(gridCells())
                .containsSubsequence(
                        "Rad",
                        "Kommun",
                        "Indikator",
                        "Kolumn",
                        "Värde",
                        "Orsak",
                        "3",
                        "Ronneby (1081)",
                        "KS-17-9.9",
                        "indikator_kod",
                        "KS-17-9.9",
                        UNKNOWN_INDICATOR,
                        "4",
                        "Ronneby (1081)",
                        "KS-17-2.1",
                        "varde",
                        "tolv",
                        NOT_A_NUMBER,
                        "5",
                        "Ronneby (1081)",
                        "KS-17-3.1",
                        "period",
                        "2017-13",
                        NOT_A_PERIOD);
        assertThat(pageText()).contains("3 avvisade rader", "Exportera CSV", "Exportera Excel");
        // The rejected rows' workbook, downloaded by the browser through its link as a click would.
        Workbooks rejected =
                Workbooks.read(download("Exportera Excel: de avvisade raderna i " + FILE + ", med sökningen"));
        assertThat(rejected.header()).containsExactly("rad", "kolumn", "varde", "orsak");
        assertThat(rejected.headerFrozen()).isTrue();
        var tolv = rejected.rowWhere("varde", "tolv");
        assertThat(tolv.get(0).getNumericCellValue()).isEqualTo(4);
        assertThat(tolv.get(1).getStringCellValue()).isEqualTo("varde");
        assertThat(tolv.get(3).getStringCellValue()).isEqualTo(NOT_A_NUMBER);
        Workbooks runs = Workbooks.read(download("Exportera Excel: körningarna som visas"));
        var file = runs.rowWhere("fil", FILE);
        assertThat(file.get(runs.column("utlost_av")).getStringCellValue()).isEqualTo("startad här");
        assertThat(file.get(runs.column("status")).getStringCellValue()).isEqualTo("Inläst");
        assertThat(file.get(runs.column("avvisade")).getNumericCellValue()).isEqualTo(3);
        checkView("import-sv");
        browser.executeScript("document.getElementById('rejections').scrollIntoView()");
        screenshot("import-rejections-sv");

        click(By.id("language"));
        waitForText("Rejected rows");
        assertThat(pageText())
                .contains(
                        "Put files in the inbox",
                        "Import now",
                        "Runs",
                        "started here",
                        "Finished, some rows or files rejected",
                        "3 rejected rows",
                        "Search the rejected rows");
        assertThat(gridCells())
                .containsSubsequence(
                        "Line",
                        "Municipality",
                        "Indicator",
                        "Column",
                        "Value",
                        "Reason",
                        "3",
                        "Ronneby (1081)",
                        "KS-17-9.9",
                        "indikator_kod",
                        "KS-17-9.9",
                        UNKNOWN_INDICATOR);
        assertThat(newestRun()
                        .findElements(By.xpath(".//tr[*[normalize-space()='" + FILE + "']]/*"))
                        .get(1)
                        .getText())
                .as("the kind in words")
                .isEqualTo("measured values");
        checkView("import-en");
        browser.executeScript("document.getElementById('rejections').scrollIntoView()");
        screenshot("import-rejections-en");

        open("/indikator/" + indicatorId("KS-17-2.1"));
        waitForText("A newer value was rejected by the import on");
        // the reason as stored, in the language of the run (started in Swedish)
        assertThat(pageText()).contains("(" + FILE + ", line 4): Inte ett tal.");
        checkView("indicator-rejected-en");
        click(By.id("language"));
        waitForText("Ett nyare värde avvisades vid import");
        assertThat(pageText()).contains("(" + FILE + ", rad 4): Inte ett tal.");
        checkView("indicator-rejected-sv");
    }

    /** The bytes behind a download link (found by its accessible name), fetched in the browser with its session. */
    private byte[] download(String label) {
        Object base64 = ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        const link = [...document.querySelectorAll('a.export-link')]
                            .find(a => a.getAttribute('aria-label') === arguments[0]);
                        if (!link) { done('missing'); return; }
                        fetch(link.href).then(r => r.arrayBuffer()).then(buffer => {
                            let text = '';
                            new Uint8Array(buffer).forEach(b => text += String.fromCharCode(b));
                            done(btoa(text));
                        }).catch(e => done('error ' + e));
                        """, label);
        assertThat(base64).as(label).isInstanceOf(String.class).isNotIn("missing");
        return java.util.Base64.getDecoder().decode((String) base64);
    }

    private WebElement newestRun() {
        return waitFor(By.cssSelector("#runs .import-run"));
    }

    private long indicatorId(String code) {
        return fulfilment.results("1081", 2017, fulfilment.defaultEvaluationDate(2017)).rows(Level.INDIKATOR).stream()
                .filter(r -> code.equals(r.code()))
                .findFirst()
                .orElseThrow()
                .subjectId();
    }

    private WebElement fileInput() {
        WebElement upload = waitFor(By.id("inbox-upload"));
        List<WebElement> light = upload.findElements(By.cssSelector("input[type=file]"));
        SearchContext where = light.isEmpty() ? upload.getShadowRoot() : upload;
        return where.findElement(By.cssSelector("input[type=file]"));
    }

    /** The grid's header and body cells' texts, in order. */
    @SuppressWarnings("unchecked")
    private List<String> gridCells() {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> !cells().isEmpty() && cells().size() > 4);
        return cells();
    }

    @SuppressWarnings("unchecked")
    private List<String> cells() {
        return (List<String>) browser.executeScript("""
                return Array.from(document.querySelectorAll('#rejections-grid vaadin-grid-cell-content'))
                    .map(c => c.textContent.trim()).filter(t => t.length > 0);""");
    }

    private static Path sample() throws URISyntaxException {
        return Path.of(ImportBrowserTest.class.getResource(FILE).toURI());
    }
}
