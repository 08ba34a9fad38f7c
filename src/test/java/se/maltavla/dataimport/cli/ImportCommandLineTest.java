package se.maltavla.dataimport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jobs/import's command (docs/import-contract.md §10), run as cron runs it: a JVM of its own, the
 * summary on standard output, the exit status of §8.9.
 */
class ImportCommandLineTest {

    @TempDir
    Path temp;

    @Test
    void prints_the_summary_per_file_and_exits_2_when_a_row_is_rejected() throws Exception {
        Path inbox = inbox();
        write(
                inbox,
                "strategi.csv",
                "kommun;strategi;typ;kod;namn;giltig_fran;giltig_till",
                "1081;S1;strategi;S1;Strategi;2016-01-01;2017-12-31",
                "1081;S1;prioriterat_omrade;PO1;Hållbara städer;;");
        write(
                inbox,
                "handlingsplan.csv",
                "kommun;namnd;ar;mal_kod;mal;indikator_kod;indikator;typ;malvarde;kopplingar",
                "1081;Kommunstyrelsen;2016;M1;Fler projekt;I1;Antal projekt;tal;10;PO1",
                "1081;Kommunstyrelsen;2016;M1;Fler projekt;I2;Antal utbyten;tal;12 x;PO1");

        Result result = run(inbox, h2Url(), "--lang=sv");

        assertThat(result.exit).as(result.output).isEqualTo(2);
        assertThat(result.output)
                .contains("strategi.csv (strategi): lästa 2, nya 2, uppdaterade 0, oförändrade 0, avvisade 0")
                .contains("handlingsplan.csv (handlingsplan): lästa 2, nya 1, uppdaterade 0, oförändrade 0, avvisade 1")
                .contains("rad 3, malvarde \"12 x\": Inte ett tal.")
                .contains("Slutstatus 2");
        assertThat(inbox.resolve("handlingsplan.csv")).doesNotExist();
    }

    @Test
    void exits_0_and_says_so_in_english_when_every_row_is_accepted() throws Exception {
        Path inbox = inbox();
        write(inbox, "strategi.csv", "kommun;strategi;typ;kod;namn", "1081;S1;strategi;S1;Strategi");

        Result result = run(inbox, h2Url(), "--lang=en");

        assertThat(result.exit).as(result.output).isZero();
        assertThat(result.output)
                .contains("strategi.csv (strategi): read 1, new 1, updated 0, unchanged 0, rejected 0")
                .contains("Exit status 0");
    }

    @Test
    void imports_while_another_process_has_the_h2_database_open() throws Exception {
        Path inbox = inbox();
        write(inbox, "strategi.csv", "kommun;strategi;typ;kod;namn", "1081;S1;strategi;S1;Strategi");
        // This JVM opens the file database first, as the running dashboard does; the command
        // then reaches it through H2's automatic server.
        try (var dashboard = java.sql.DriverManager.getConnection(h2Url(), "sa", "")) {
            Result result = run(inbox, h2Url(), "--lang=en");

            assertThat(result.exit).as(result.output).isZero();
            try (var rows = dashboard.createStatement().executeQuery("select name from strategy")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("Strategi");
            }
        }
    }

    @Test
    void exits_1_when_the_database_cannot_be_reached() throws Exception {
        Path inbox = inbox();
        write(inbox, "strategi.csv", "kommun;strategi;typ;kod;namn", "1081;S1;strategi;S1;Strategi");

        Result result = run(inbox, "jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2", "--lang=en");

        assertThat(result.exit).as(result.output).isEqualTo(1);
        assertThat(inbox.resolve("strategi.csv"))
                .as("nothing moved: the run can be run again")
                .exists();
    }

    @Test
    void exits_1_when_the_inbox_does_not_exist() throws Exception {
        Result result = run(temp.resolve("no-such-inbox"), h2Url(), "--lang=en");

        assertThat(result.exit).as(result.output).isEqualTo(1);
        assertThat(result.output).contains("does not exist");
    }

    private Path inbox() throws IOException {
        return Files.createDirectories(temp.resolve("inbox"));
    }

    private String h2Url() {
        return "jdbc:h2:file:" + temp.resolve("db/maltavla").toAbsolutePath()
                + ";AUTO_SERVER=TRUE;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0";
    }

    private static void write(Path inbox, String name, String... lines) throws IOException {
        Files.writeString(inbox.resolve(name), String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
    }

    private record Result(int exit, String output) {}

    private static Result run(Path inbox, String url, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp",
                System.getProperty("java.class.path"),
                "se.maltavla.Application",
                "import",
                inbox.toString(),
                "--spring.datasource.url=" + url,
                "--logging.level.root=OFF"));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Result(process.exitValue(), output);
    }
}
