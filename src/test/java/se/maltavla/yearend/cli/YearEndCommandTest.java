package se.maltavla.yearend.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.maltavla.fulfilment.FulfilmentService;
import se.maltavla.fulfilment.Thresholds;
import se.maltavla.fulfilment.cli.ExportResultsCommand;
import se.maltavla.support.ImportTestBase;

/**
 * jobs/year-end's subcommands in this JVM (YearEndCommandLineTest runs the real command once): lock
 * prints the version, reopen takes a reason, report writes the version in force, a given one or a
 * draft; every mistake exits 1 with a message that says what to write. The command acts as the
 * server's operator: no user is signed in here.
 */
class YearEndCommandTest extends ImportTestBase {

    @Autowired
    YearEndCommand command;

    @Autowired
    ExportResultsCommand export;

    @Autowired
    FulfilmentService fulfilment;

    @TempDir
    Path out;

    private record Result(int exit, String out, String err) {}

    private Result command(String... args) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int exit = command.run(
                YearEndArguments.parse(args),
                new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
        return new Result(exit, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
    }

    private void importRonneby() {
        inbox.copySamples("ronneby");
        assertThat(run().exitStatus()).isZero();
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void lock_prints_the_version_reopen_keeps_it_and_locking_again_gives_version_2() {
        importRonneby();

        Result locked = command("lock", "1081", "2017", "--date", "2017-12-31");
        Result again = command("lock", "1081", "2017");
        Result reopened = command("reopen", "1081", "2017", "--reason=Socialnämndens värde för SN-17-2 kom sent");
        Result second = command("lock", "1081", "2017", "--lang=en");

        assertThat(locked)
                .isEqualTo(new Result(0, "Planår 2017 för Ronneby fastställt per 2017-12-31: version 1.\n", ""));
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err())
                .isEqualTo(
                        "Planåret 2017 för Ronneby är redan fastställt. Öppna det först om det ska fastställas på nytt.\n");
        assertThat(reopened.out())
                .isEqualTo("Planår 2017 för Ronneby öppnat igen; version 1 finns kvar med orsaken.\n");
        assertThat(second.out()).isEqualTo("Plan year 2017 of Ronneby locked at 2017-12-31: version 2.\n");
        assertThat(db.fetchValue("select locked_by from year_end_version where version = 2"))
                .isEqualTo("jobs/year-end");
        assertThat(db.fetchValue("select reopen_reason from year_end_version where version = 1"))
                .isEqualTo("Socialnämndens värde för SN-17-2 kom sent");
    }

    @Test
    void report_writes_the_version_in_force_a_given_version_or_a_draft_of_a_year_not_locked() throws Exception {
        importRonneby();
        command("lock", "1081", "2017");
        command("reopen", "1081", "2017", "--reason", "Omräkning");
        command("lock", "1081", "2017");

        Result inForce =
                command("report", "1081", "2017", out.resolve("rapport.pdf").toString());
        Result first = command(
                "report",
                "--version",
                "1",
                "1081",
                "2017",
                out.resolve("v1.pdf").toString(),
                "--lang=en");
        Result draft =
                command("report", "1081", "2016", out.resolve("utkast.pdf").toString());

        assertThat(inForce.exit()).as(inForce.err()).isZero();
        assertThat(inForce.out())
                .isEqualTo("Rapporten för planår 2017, Ronneby, version 2: " + out.resolve("rapport.pdf") + "\n");
        assertThat(text(out.resolve("rapport.pdf")))
                .contains("Uppföljning av internationell strategi", "årsbokslut 2017", "fastställda i version 2");
        assertThat(first.out())
                .isEqualTo("The report of plan year 2017, Ronneby, version 1: " + out.resolve("v1.pdf") + "\n");
        assertThat(text(out.resolve("v1.pdf"))).contains("annual report 2017", "locked in version 1");
        assertThat(draft.out()).startsWith("Utkast (planåret är inte fastställt) för planår 2016, Ronneby: ");
        assertThat(text(out.resolve("utkast.pdf"))).contains("Utkast – inte fastställt");
        try (var files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .as("no temporary file left")
                    .containsExactlyInAnyOrder("rapport.pdf", "v1.pdf", "utkast.pdf");
        }
    }

    @Test
    void every_mistake_exits_1_with_what_to_write_instead() {
        importRonneby();
        command("lock", "1081", "2017");

        assertThat(command()).isEqualTo(new Result(1, "", """
                Användning: jobs/year-end KOMMANDO KOMMUN ÅR …
                  jobs/year-end changes KOMMUN ÅR [FRÅN TILL] UT.pdf [--lang=en]   (FRÅN och TILL som ÅÅÅÅ-MM-DD; - eller utelämnade: tertialskiftet före och planårets utvärderingsdatum)
                  jobs/year-end lock KOMMUN ÅR [--date ÅÅÅÅ-MM-DD]
                  jobs/year-end reopen KOMMUN ÅR --reason TEXT
                  jobs/year-end report KOMMUN ÅR UT.pdf [--lang=en] [--version N]
                  jobs/year-end slides KOMMUN ÅR UT.pdf [--lang=en] [--version N]
                """.replace("\n", System.lineSeparator())));
        assertThat(command("lcok", "1081", "2017").err()).startsWith("Okänt kommando: lcok.");
        assertThat(command("lock", "1081").err()).isEqualTo("jobs/year-end lock KOMMUN ÅR [--date ÅÅÅÅ-MM-DD]\n");
        assertThat(command("lock", "9999", "2017").err()).isEqualTo("Kommunen 9999 finns inte i Måltavla.\n");
        assertThat(command("lock", "10811", "2017").err()).startsWith("Inte en kommunkod: \"10811\".");
        assertThat(command("lock", "1081", "17").err()).startsWith("Inte ett år: \"17\".");
        assertThat(command("lock", "1081", "2015").err())
                .isEqualTo("Planåret 2015 finns inte för Ronneby: inga mål är inlästa för det året.\n");
        assertThat(command("lock", "1081", "2016", "--date", "2016-13-01").err())
                .startsWith("Inte ett datum: \"2016-13-01\".");
        assertThat(command("lock", "1081", "2016", "--date", "2015-12-31").err())
                .startsWith("Utvärderingsdatumet 2015-12-31 ligger före planåret 2016.");
        assertThat(command("reopen", "1081", "2017").err())
                .isEqualTo("Skriv varför planåret öppnas: orsaken sparas med versionen.\n");
        assertThat(command("reopen", "1081", "2016", "--reason", "x").err())
                .isEqualTo("Planåret 2016 för Ronneby är inte fastställt.\n");
        assertThat(command("report", "1081", "2017", out.resolve("x.pdf").toString(), "--version", "3")
                        .err())
                .isEqualTo("Version 3 av planåret 2017 finns inte.\n");
        assertThat(command("report", "1081", "2017", out.resolve("x.pdf").toString(), "--version", "0")
                        .err())
                .startsWith("Inte en version: \"0\".");
        assertThat(command(
                                "report",
                                "1081",
                                "2017",
                                out.resolve("no-such-folder/x.pdf").toString())
                        .err())
                .startsWith("Kunde inte skriva " + out.resolve("no-such-folder/x.pdf"));
        assertThat(command("lock", "1081", "2016", "--lang=en", "--date", "someday")
                        .err())
                .startsWith("Not a date: \"someday\".");
        assertThat(out).isEmptyDirectory();
    }

    @Test
    @WithMockUser(username = "koordinatorn", roles = "COORDINATOR")
    void export_results_of_a_locked_year_at_its_locked_date_writes_the_snapshots_figures() throws Exception {
        importRonneby();
        command("lock", "1081", "2017");
        // Lower thresholds recompute every live figure: UN-17-1's 40 % would now be uppfyllt.
        fulfilment.updateThresholds("1081", new Thresholds(new BigDecimal("40"), new BigDecimal("10")));
        Path locked = out.resolve("resultat.csv");
        Path live = out.resolve("resultat-30-dec.csv");

        int exit = export.run(new String[] {"1081", "2017", locked.toString()}, System.out, System.err);
        export.run(new String[] {"1081", "2017", live.toString(), "2017-12-30"}, System.out, System.err);

        assertThat(exit).isZero();
        assertThat(Files.readString(locked))
                .as("at the locked date: the snapshot's")
                .contains(
                        "mal;1081;2017;UN-17-1;Elever i Ronneby ska känna sig som världsmedborgare;;40,0;ej_uppfyllt;")
                .contains("kommun;1081;2017;1081;")
                .contains(";74,9;delvis;92,0;25;23;");
        String municipality = Files.readString(live)
                .lines()
                .filter(l -> l.startsWith("kommun;"))
                .findFirst()
                .orElseThrow();
        assertThat(municipality)
                .as("another date is computed as always, at the new thresholds")
                .contains(";uppfyllt;")
                .doesNotContain(";74,9;delvis;");
    }
}
