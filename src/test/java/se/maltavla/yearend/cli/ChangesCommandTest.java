package se.maltavla.yearend.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
 * {@code jobs/year-end changes KOMMUN YEAR [FROM TO] OUT.pdf [--lang=en]} in-process, as the
 * server's operator (no user signed in): the pack written as a PDF with the dates asked for, or by
 * default; exit 1 with a message saying what to write instead, and no file, for every mistake.
 */
class ChangesCommandTest extends ImportTestBase {

    @Autowired
    YearEndCommand command;

    @TempDir
    Path out;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    private int run(String... args) {
        String[] withSubcommand = new String[args.length + 1];
        withSubcommand[0] = "changes";
        System.arraycopy(args, 0, withSubcommand, 1, args.length);
        return command.run(
                YearEndArguments.parse(withSubcommand),
                new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private void importValues() {
        inbox.write("utfall.csv", UTFALL_HEADER, "1081;I1;2016-T1;2", "1081;I1;2016-T3;6", "1081;I2;2016-T3;ja");
        assertThat(run().exitStatus()).isZero();
    }

    @Test
    void writes_the_pack_between_two_dates_in_swedish_and_by_default_in_english() throws IOException {
        importStrategyAndPlan();
        importValues();
        Path swedish = out.resolve("forandringar.pdf");

        assertThat(run("1081", "2016", "2016-04-30", "2016-12-31", swedish.toString()))
                .as(stderr.toString())
                .isZero();

        assertThat(stdout.toString(StandardCharsets.UTF_8))
                .contains("Förändringar sedan förra mötet", "2016-04-30 till 2016-12-31", swedish.toString());
        assertThat(text(swedish))
                .contains(
                        "Förändringar sedan förra mötet",
                        "från 2016-04-30 till 2016-12-31",
                        "Nya värden per nämnd",
                        "I1 Antal projekt",
                        "2016-T3",
                        "utfall.csv, rad 3");
        assertThat(text(swedish)).doesNotContain("2016-T1");

        Path english = out.resolve("changes-en.pdf");
        assertThat(run("1081", "2016", "-", "-", english.toString(), "--lang=en"))
                .as(stderr.toString())
                .isZero();
        assertThat(text(english))
                .contains("Changes since the last meeting", "from 2016-08-31 to 2016-12-31", "New values per nämnd");

        Path omitted = out.resolve("standard.pdf");
        assertThat(run("1081", "2016", omitted.toString())).isZero();
        assertThat(text(omitted)).contains("från 2016-08-31 till 2016-12-31");
    }

    @Test
    void every_mistake_gives_exit_1_a_message_and_no_file() {
        importStrategyAndPlan();
        Path target = out.resolve("x.pdf");

        assertThat(run("1081", "2016", target.toString(), "extra")).isEqualTo(1);
        assertThat(stderr.toString(StandardCharsets.UTF_8))
                .contains("jobs/year-end changes KOMMUN ÅR [FRÅN TILL] UT.pdf");
        stderr.reset();
        assertThat(run("Ronneby", "2016", target.toString())).isEqualTo(1);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("Inte en kommunkod: \"Ronneby\"");
        stderr.reset();
        assertThat(run("1081", "16", target.toString())).isEqualTo(1);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("Inte ett år: \"16\"");
        stderr.reset();
        assertThat(run("1081", "2016", "31/12/2016", "-", target.toString())).isEqualTo(1);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("Inte ett datum: \"31/12/2016\"");
        stderr.reset();
        assertThat(run("1081", "2016", "2016-12-31", "2016-04-30", target.toString()))
                .isEqualTo(1);
        assertThat(stderr.toString(StandardCharsets.UTF_8))
                .contains("Det första datumet (2016-12-31) måste ligga före det andra (2016-04-30).");
        stderr.reset();
        assertThat(run("9999", "2016", target.toString())).isEqualTo(1);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("Kommunen 9999 finns inte i Måltavla.");
        stderr.reset();
        assertThat(run("1081", "2015", target.toString(), "--lang=en")).isEqualTo(1);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("Plan year 2015 does not exist for");
        stderr.reset();
        assertThat(run("1081", "2016", out.resolve("no-such-folder/x.pdf").toString()))
                .isEqualTo(1);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("Kunde inte skriva", "no-such-folder");

        assertThat(Files.exists(target)).isFalse();
        assertThat(out.toFile().list()).isEmpty();
    }
}
