package se.maltavla.dataimport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Value;
import se.maltavla.support.BrowserTest;
import se.maltavla.support.WebTestEnvironment;

/**
 * What a careless inbox holds, seen on the Import view after "Importera nu" (issue 9, points 1
 * and 2): a folder named like a file, a link to nothing, a file with a cell longer than Excel
 * allows and a row with a value too long for its column, beside a good file; each is named with
 * what became of it, in words, and the good rows are in.
 */
class ImportOutcomesBrowserTest extends BrowserTest {

    @Value("${maltavla.import.inbox}")
    String inbox;

    @Test
    void every_entry_of_a_careless_inbox_is_reported_in_words_and_the_good_file_is_imported() throws Exception {
        Path folder = Files.createDirectories(Path.of(inbox));
        Files.createDirectories(folder.resolve("utfall-mapp.csv"));
        Files.createSymbolicLink(folder.resolve("utfall-lank.csv"), folder.resolve("finns-inte.csv"));
        Files.writeString(
                folder.resolve("utfall-citat.csv"),
                "kommun;indikator_kod;period;varde;kommentar\r\n1081;KS-17-1.1;2017;3;\"" + "x".repeat(40_000));
        Files.writeString(
                folder.resolve("utfall-lang-kommentar.csv"),
                "kommun;indikator_kod;period;varde;kommentar\r\n" + "1081;KS-17-1.1;2017-T1;3;" + "k".repeat(4_001)
                        + "\r\n1081;KS-17-1.1;2017-T2;4;kort\r\n");

        logIn(COORDINATOR, WebTestEnvironment.COORDINATOR_PASSWORD);
        open("/import");
        click(By.id("start-import"));
        waitForText("Importen är klar, men några rader eller filer avvisades.");

        String runs = browser.findElement(By.id("runs")).getText();
        assertThat(runs)
                .contains(
                        "utfall-mapp.csv",
                        "En mapp, inte en fil. Lägg filerna direkt i inkorgen, inte i en mapp.",
                        "utfall-lank.csv",
                        "En genväg (länk) till en fil som inte finns.",
                        "utfall-citat.csv",
                        "En cell på rad 2 har fler än 32767 tecken",
                        "utfall-lang-kommentar.csv");
        assertThat(Files.isDirectory(folder.resolve("utfall-mapp.csv"))).isTrue();
        assertThat(pageText()).contains("Värdet har 4001 tecken, men kolumnen rymmer högst 4000.");
        checkView("import-outcomes-sv");
    }
}
