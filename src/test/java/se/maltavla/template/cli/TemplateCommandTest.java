package se.maltavla.template.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import se.maltavla.shared.i18n.Messages;
import se.maltavla.support.ImportTestBase;
import se.maltavla.template.Workbooks;

/** {@code jobs/template}: what it writes, what it says, and its exit status, without a signed-in user. */
class TemplateCommandTest extends ImportTestBase {

    @Autowired
    TemplateCommand command;

    @TempDir
    Path out;

    private final ByteArrayOutputStream said = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();

    private int run(Locale language, String... arguments) {
        return command.run(
                List.of(arguments),
                language,
                new PrintStream(said, true, StandardCharsets.UTF_8),
                new PrintStream(errors, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return errors.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writes_one_nämnds_utfall_template_and_every_nämnds_handlingsplan_as_a_zip() throws Exception {
        importStrategyAndPlan();
        Path workbook = out.resolve("ks.xlsx");

        assertThat(run(Messages.SWEDISH, "utfall", "1081", "2016", "Kommunstyrelsen", workbook.toString()))
                .isZero();

        assertThat(said.toString(StandardCharsets.UTF_8)).startsWith("Skrev " + workbook);
        try (XSSFWorkbook read = Workbooks.open(Files.readAllBytes(workbook))) {
            assertThat(Workbooks.rows(read.getSheet("utfall"))).hasSize(3);
        }
        Path zip = out.resolve("planer.zip");
        assertThat(run(Locale.ENGLISH, "HANDLINGSPLAN", "1081", "2016", zip.toString()))
                .isZero();
        assertThat(Files.size(zip)).isPositive();
        assertThat(said.toString(StandardCharsets.UTF_8)).contains("Wrote " + zip);
        assertThat(out.toFile().list()).containsExactlyInAnyOrder("ks.xlsx", "planer.zip");
    }

    @Test
    void says_what_is_wrong_and_writes_nothing() {
        importStrategyAndPlan();
        Path target = out.resolve("x.xlsx");

        assertThat(run(Messages.SWEDISH, "utfall", "1081", "2016", "Socialnämnden", target.toString()))
                .isEqualTo(1);
        assertThat(errors()).contains("Nämnden \"Socialnämnden\" finns inte i Ronnebys handlingsplaner.");
        assertThat(run(Messages.SWEDISH, "resultat", "1081", "2016", target.toString()))
                .isEqualTo(1);
        assertThat(errors()).contains("Okänd mall \"resultat\": skriv utfall eller handlingsplan.");
        assertThat(run(Messages.SWEDISH, "utfall", "Ronneby", "2016", target.toString()))
                .isEqualTo(1);
        assertThat(errors()).contains("Kommunen \"Ronneby\" är ingen kommunkod");
        assertThat(run(Messages.SWEDISH, "utfall", "1081", "16", target.toString()))
                .isEqualTo(1);
        assertThat(run(
                        Messages.SWEDISH,
                        "utfall",
                        "1081",
                        "2016",
                        out.resolve("x.csv").toString()))
                .isEqualTo(1);
        assertThat(errors()).contains("ska sluta på .xlsx");
        assertThat(run(
                        Messages.SWEDISH,
                        "utfall",
                        "1081",
                        "2016",
                        "Kommunstyrelsen",
                        out.resolve("x.zip").toString()))
                .isEqualTo(1);
        assertThat(run(Messages.SWEDISH, "utfall", "1081", "2020", target.toString()))
                .isEqualTo(1);
        assertThat(errors()).contains("Ronneby har inga handlingsplaner för 2020. Planår med handlingsplaner: 2016.");
        assertThat(run(Messages.SWEDISH, "utfall", "1081")).isEqualTo(1);
        assertThat(errors()).contains("Användning: jobs/template utfall|handlingsplan");
        assertThat(out.toFile().list()).isEmpty();
    }
}
