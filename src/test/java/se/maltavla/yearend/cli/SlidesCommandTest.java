package se.maltavla.yearend.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import se.maltavla.support.ImportTestBase;

/**
 * {@code jobs/year-end slides KOMMUN YEAR OUT.pdf [--lang=en] [--version N]} (issue 11, section 7):
 * the slides of the version in force, a given version, or a draft of a year not locked, one page per
 * slide; every mistake exits 1 with what to write instead, and nothing half written is left.
 */
class SlidesCommandTest extends ImportTestBase {

    @Autowired
    YearEndCommand command;

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

    private static String[] pages(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String[] pages = new String[document.getNumberOfPages()];
            for (int i = 0; i < pages.length; i++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                pages[i] = stripper.getText(document).replace('\u00A0', ' ');
            }
            return pages;
        }
    }

    @Test
    void slides_of_the_version_in_force_a_given_version_or_a_draft_one_page_per_slide() throws Exception {
        inbox.copySamples("ronneby");
        assertThat(run().exitStatus()).isZero();

        Result draft =
                command("slides", "1081", "2017", out.resolve("utkast.pdf").toString());
        command("lock", "1081", "2017");
        command("reopen", "1081", "2017", "--reason", "Sena värden");
        command("lock", "1081", "2017");
        Result inForce =
                command("slides", "1081", "2017", out.resolve("bilder.pdf").toString());
        Result first = command(
                "slides",
                "--version",
                "1",
                "1081",
                "2017",
                out.resolve("v1.pdf").toString(),
                "--lang=en");

        assertThat(draft.exit()).as(draft.err()).isZero();
        assertThat(draft.out())
                .isEqualTo("Utkast (planåret är inte fastställt) till bilderna för planår 2017, Ronneby (12 bilder): "
                        + out.resolve("utkast.pdf") + "\n");
        assertThat(pages(out.resolve("utkast.pdf")))
                .hasSize(12)
                .allSatisfy(page -> assertThat(page).contains("Utkast · utvärderat per 2017-12-31"));
        assertThat(inForce.out())
                .isEqualTo("Bilderna för planår 2017, Ronneby, version 2 (12 bilder): " + out.resolve("bilder.pdf")
                        + "\n");
        String[] locked = pages(out.resolve("bilder.pdf"));
        assertThat(locked)
                .hasSize(12)
                .allSatisfy(page -> assertThat(page).contains("Fastställd ", "utvärderat per 2017-12-31"));
        assertThat(locked[0]).contains("Version 2, fastställd", "av jobs/year-end");
        assertThat(locked[1]).contains("74,9 %", "23 av 25 indikatorer rapporterade");
        assertThat(first.out())
                .isEqualTo("The slides of plan year 2017, Ronneby, version 1 (12 slides): " + out.resolve("v1.pdf")
                        + "\n");
        assertThat(pages(out.resolve("v1.pdf"))[0]).contains("Year-end 2017", "Version 1, locked");
        try (var files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .as("no temporary file left")
                    .containsExactlyInAnyOrder("utkast.pdf", "bilder.pdf", "v1.pdf");
        }
    }

    @Test
    void every_mistake_exits_1_with_what_to_write_instead_and_writes_nothing() {
        inbox.copySamples("ronneby");
        assertThat(run().exitStatus()).isZero();

        assertThat(command("slides", "1081", "2017"))
                .isEqualTo(new Result(1, "", "jobs/year-end slides KOMMUN ÅR UT.pdf [--lang=en] [--version N]\n"));
        assertThat(command("slides", "1081", "2017", "a.pdf", "b.pdf").exit()).isEqualTo(1);
        assertThat(command("slides", "9999", "2017", out.resolve("x.pdf").toString())
                        .err())
                .isEqualTo("Kommunen 9999 finns inte i Måltavla.\n");
        assertThat(command("slides", "1081", "1999", out.resolve("x.pdf").toString())
                        .err())
                .isEqualTo("Planåret 1999 finns inte för Ronneby: inga mål är inlästa för det året.\n");
        assertThat(command("slides", "1081", "2017", out.resolve("x.pdf").toString(), "--version", "1")
                        .err())
                .isEqualTo("Version 1 av planåret 2017 finns inte.\n");
        assertThat(command("slides", "1081", "2017", out.resolve("x.pdf").toString(), "--version", "ett")
                        .err())
                .startsWith("Inte en version: \"ett\".");
        assertThat(command(
                                "slides",
                                "1081",
                                "2017",
                                out.resolve("no-such-folder/x.pdf").toString())
                        .err())
                .startsWith("Kunde inte skriva " + out.resolve("no-such-folder/x.pdf"));
        assertThat(command("slides", "1081", "2017", out.resolve("x.pdf").toString(), "--lang=en", "--version", "2")
                        .err())
                .isEqualTo("Version 2 of plan year 2017 does not exist.\n");
        assertThat(out).isEmptyDirectory();
    }
}
