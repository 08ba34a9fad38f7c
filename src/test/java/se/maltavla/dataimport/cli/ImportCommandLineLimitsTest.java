package se.maltavla.dataimport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jobs/import's command at the benchmark's heap (-Xmx256m) against what no file should do to it
 * (issue 9, points 3 and 4): a 60 MB quote never closed and a line of 30 million delimiters are
 * rejected within bounded memory, and the run ends as a run, never left "in progress"; a file
 * still being written when the run starts is neither imported in part nor archived, and the next
 * run imports all of it.
 */
@Tag("crash")
class ImportCommandLineLimitsTest {

    @TempDir
    Path temp;

    @Test
    void a_60_mb_quote_never_closed_and_a_line_of_30_million_delimiters_are_rejected_at_256_mb_of_heap()
            throws Exception {
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        try (BufferedWriter out = Files.newBufferedWriter(inbox.resolve("utfall-citat.csv"), StandardCharsets.UTF_8)) {
            out.write("kommun;indikator_kod;period;varde;kommentar\r\n1081;I1;2016;3;\"");
            char[] block = "x".repeat(1 << 16).toCharArray();
            for (int i = 0; i < 60 * 16; i++) {
                out.write(block);
            }
        }
        try (BufferedWriter out =
                Files.newBufferedWriter(inbox.resolve("utfall-semikolon.csv"), StandardCharsets.UTF_8)) {
            out.write("kommun;indikator_kod;period;varde\r\n1081;I1;2016;3");
            char[] block = ";".repeat(1 << 16).toCharArray();
            for (int i = 0; i < 30_000_000 / block.length; i++) {
                out.write(block);
            }
        }
        try (BufferedWriter out =
                Files.newBufferedWriter(inbox.resolve("handlingsplan-rubrik.csv"), StandardCharsets.UTF_8)) {
            char[] block = ";".repeat(1 << 16).toCharArray();
            for (int i = 0; i < 30_000_000 / block.length; i++) {
                out.write(block);
            }
        }

        Result result = run(inbox, "-Xmx256m");

        assertThat(result.exit).as(result.output).isEqualTo(2);
        assertThat(result.output)
                .doesNotContain("OutOfMemoryError")
                .contains("utfall-citat.csv: AVVISAD: En cell på rad 2 har fler än 32767 tecken")
                .contains("utfall-semikolon.csv: AVVISAD: Rad 2 har fler än 16384 kolumner")
                .contains("handlingsplan-rubrik.csv: AVVISAD: Rad 1 är längre än 1000000 tecken");
        assertThat(Files.list(inbox.resolve("failed"))
                        .map(p -> p.getFileName().toString())
                        .sorted()
                        .toList())
                .containsExactly(
                        "handlingsplan-rubrik.csv",
                        "handlingsplan-rubrik.fel.txt",
                        "utfall-citat.csv",
                        "utfall-citat.fel.txt",
                        "utfall-semikolon.csv",
                        "utfall-semikolon.fel.txt");
        assertThat(runStatuses()).containsExactly("COMPLETED");
    }

    @Test
    void a_file_still_being_written_is_left_whole_for_the_next_run_which_imports_all_of_it() throws Exception {
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        write(
                inbox,
                "strategi.csv",
                "kommun;strategi;typ;kod;namn;giltig_fran;giltig_till",
                "1081;S1;strategi;S1;Strategi;2016-01-01;2017-12-31",
                "1081;S1;prioriterat_omrade;PO1;Område;;");
        List<String> plan =
                new ArrayList<>(List.of("kommun;namnd;ar;mal_kod;mal;indikator_kod;indikator;typ;malvarde;kopplingar"));
        for (int i = 0; i < 100; i++) {
            plan.add("1081;KS;2016;M1;Mål;I" + i + ";Indikator " + i + ";tal;2000000;PO1");
        }
        write(inbox, "handlingsplan.csv", plan.toArray(String[]::new));
        assertThat(run(inbox).exit).isZero();

        Path utfall = inbox.resolve("utfall.csv");
        AtomicBoolean writing = new AtomicBoolean(true);
        long[] rows = {0};
        Thread copier = Thread.ofPlatform().start(() -> {
            try (BufferedWriter out =
                    Files.newBufferedWriter(utfall, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW)) {
                out.write("kommun;indikator_kod;period;varde\r\n");
                // a slow copy (at most 48 s): a row every 40 ms, each value cut in two by a flush in its middle
                for (int month = 1; writing.get() && month <= 12; month++) {
                    for (int i = 0; i < 100 && writing.get(); i++) {
                        out.write("1081;I" + i + ";2016-" + String.format("%02d", month) + ";1 00");
                        out.flush();
                        Thread.sleep(20);
                        out.write("1 200\r\n");
                        out.flush();
                        Thread.sleep(20);
                        rows[0]++;
                    }
                }
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Result during;
        try {
            during = run(inbox);
        } finally {
            writing.set(false);
            copier.join();
        }

        assertThat(during.exit).as(during.output).isZero();
        assertThat(during.output).contains("utfall.csv: VÄNTAR: Filen kopieras fortfarande in");
        assertThat(utfall).as("left in the inbox").exists();
        assertThat(measurements()).as("nothing of it imported").isZero();

        Result after = run(inbox);

        assertThat(after.exit).as(after.output).isZero();
        assertThat(after.output).contains("utfall.csv (utfall): lästa " + rows[0] + ", nya " + rows[0]);
        assertThat(measurements()).isEqualTo(rows[0]);
        assertThat(distinctValues()).containsExactly("1001200");
    }

    private String h2Url() {
        return "jdbc:h2:file:" + temp.resolve("db/maltavla").toAbsolutePath()
                + ";AUTO_SERVER=TRUE;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0";
    }

    private List<String> runStatuses() throws Exception {
        try (var c = DriverManager.getConnection(h2Url(), "sa", "");
                var rs = c.createStatement().executeQuery("select status from import_run order by id")) {
            List<String> statuses = new ArrayList<>();
            while (rs.next()) {
                statuses.add(rs.getString(1));
            }
            return statuses;
        }
    }

    private long measurements() throws Exception {
        try (var c = DriverManager.getConnection(h2Url(), "sa", "");
                var rs = c.createStatement().executeQuery("select count(*) from measurement")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private List<String> distinctValues() throws Exception {
        try (var c = DriverManager.getConnection(h2Url(), "sa", "");
                var rs = c.createStatement().executeQuery("select distinct value_number from measurement")) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getBigDecimal(1).stripTrailingZeros().toPlainString());
            }
            return values;
        }
    }

    private static void write(Path inbox, String name, String... lines) throws IOException {
        Files.writeString(inbox.resolve(name), String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
    }

    private record Result(int exit, String output) {}

    private Result run(Path inbox, String... jvmOptions) throws Exception {
        List<String> command =
                new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                "se.maltavla.Application",
                "import",
                inbox.toString(),
                "--spring.datasource.url=" + h2Url(),
                "--logging.level.root=OFF"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        return new Result(process.exitValue(), output);
    }
}
