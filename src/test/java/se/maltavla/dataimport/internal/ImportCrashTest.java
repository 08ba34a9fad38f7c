package se.maltavla.dataimport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/import-contract.md §8.7: a run killed at any moment and then run again ends in exactly the
 * state of one uninterrupted run. Real JVMs run jobs/import's command over the same files:
 * one uninterrupted; one halted between two files, killed with SIGKILL mid-file twice (at
 * different depths), and halted after the file's last chunk, after it is marked imported and
 * after its rejection report is written but before its move to the archive. Then the two
 * databases and the two inboxes are compared.
 *
 * <p>The workbook's run is killed mid-file only: what happens after a file's last row (marked
 * imported, report written, moved) is the same code for a workbook as for a CSV file, and each
 * run here is a JVM of its own (about 8 s before the first row), so the points the CSV run
 * already proves are not proved twice. Chunks of {@value #CHUNK} rows, so that a file of 44,200
 * rows is written in 45 chunks and the kills land deep inside it.
 */
@Tag("crash")
class ImportCrashTest {

    private static final int INDICATORS = 2_000;
    private static final int CHUNK = 1_000;
    private static final String[] PERIODS = periods();

    @TempDir
    Path temp;

    @Test
    void a_run_killed_again_and_again_ends_exactly_as_one_clean_run() throws Exception {
        killedAgainAndAgain("utfall.csv", true);
    }

    @Test
    void a_run_killed_again_and_again_while_it_reads_a_workbook_ends_exactly_as_one_clean_run() throws Exception {
        killedAgainAndAgain("utfall.xlsx", false);
    }

    private void killedAgainAndAgain(String utfall, boolean atEveryStepOfAFile) throws Exception {
        Workspace clean = new Workspace(temp.resolve("clean"), utfall);
        Workspace crashed = new Workspace(temp.resolve("crashed"), utfall);
        clean.writeFiles();
        crashed.copyFilesOf(clean); // byte for byte: a workbook written twice differs in its timestamps
        long utfallRows = (long) INDICATORS * PERIODS.length + INDICATORS / 10;

        assertThat(clean.run(null, -1).exitCode).isEqualTo(2);

        List<Integer> exits = new ArrayList<>();
        if (atEveryStepOfAFile) {
            exits.add(crashed.run("after-archive@handlingsplan.csv", -1).exitCode);
        }
        exits.add(crashed.run(null, utfallRows / 5).exitCode);
        exits.add(crashed.run(null, utfallRows * 3 / 5).exitCode);
        if (atEveryStepOfAFile) {
            exits.add(crashed.run("rows-done@" + utfall, -1).exitCode);
            exits.add(crashed.run("before-archive@" + utfall, -1).exitCode);
            exits.add(crashed.run("report-written@" + utfall, -1).exitCode);
        }
        Run last = crashed.run(null, -1);
        assertThat(exits).as("every interrupted run died").allMatch(code -> code == 137);
        assertThat(last.exitCode).as(last.output).isIn(0, 2);

        List<String> expected = clean.dump();
        List<String> actual = crashed.dump();
        assertThat(difference(actual, expected))
                .as("rows only after the interrupted runs")
                .isEmpty();
        assertThat(difference(expected, actual))
                .as("rows only after the clean run")
                .isEmpty();
        assertThat(actual).hasSize(expected.size());
        assertThat(crashed.files()).isEqualTo(clean.files());
        assertThat(crashed.rejectionReport()).isEqualTo(clean.rejectionReport());
    }

    private static List<String> difference(List<String> a, List<String> b) {
        var rest = new java.util.HashSet<>(b);
        return a.stream().filter(row -> !rest.contains(row)).limit(20).toList();
    }

    private static String[] periods() {
        List<String> periods = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            periods.add(String.format("2016-%02d", m));
        }
        for (int q = 1; q <= 4; q++) {
            periods.add("2016-Q" + q);
        }
        for (int t = 1; t <= 3; t++) {
            periods.add("2016-T" + t);
        }
        periods.add("2016-H1");
        periods.add("2016-H2");
        periods.add("2016");
        return periods.toArray(String[]::new);
    }

    private record Run(int exitCode, String output) {}

    /** An inbox and an H2 database of its own, and the command line run over them. */
    private static final class Workspace {
        final Path inbox;
        final String url;
        final String utfall;

        Workspace(Path root, String utfall) throws IOException {
            this.utfall = utfall;
            this.inbox = Files.createDirectories(root.resolve("inbox"));
            this.url = "jdbc:h2:file:" + root.resolve("db/maltavla").toAbsolutePath()
                    + ";AUTO_SERVER=TRUE;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
        }

        void writeFiles() throws IOException {
            write(
                    "strategi.csv",
                    List.of(
                            "kommun;strategi;typ;kod;namn;kopplingar;giltig_fran;giltig_till",
                            "1081;S1;strategi;S1;Strategi;;2016-01-01;2017-12-31",
                            "1081;S1;prioriterat_omrade;PO1;Hållbara städer;;;"));
            List<String> plan = new ArrayList<>();
            plan.add(
                    "kommun;namnd;ar;mal_kod;mal;indikator_kod;indikator;typ;riktning;utgangsvarde;malvarde;kopplingar");
            for (int i = 0; i < INDICATORS; i++) {
                plan.add("1081;Nämnd " + (i / 10 % 7) + ";2016;M" + (i / 10) + ";Mål " + (i / 10) + ";I" + i
                        + ";Indikator " + i + ";tal;oka;0;100;PO1");
            }
            write("handlingsplan.csv", plan);
            List<String> values = new ArrayList<>();
            values.add("kommun;indikator_kod;period;varde;kommentar");
            int line = 1;
            for (int i = 0; i < INDICATORS; i++) {
                for (String period : PERIODS) {
                    line++;
                    String value = line % 997 == 0 ? "12 x" : (i % 100) + "," + (line % 10);
                    values.add("1081;I" + i + ";" + period + ";" + value + ";");
                }
            }
            for (int i = 0; i < INDICATORS; i += 10) {
                values.add("1081;I" + i + ";2016-T1;" + (i % 50) + ",5;rättat");
            }
            write("utfall.csv", values);
            if (!utfall.equals("utfall.csv")) {
                // the same rows as a workbook (numbers as number cells), and no CSV
                se.maltavla.support.TestWorkbooks.fromCsv(inbox.resolve("utfall.csv"), inbox.resolve(utfall), "Utfall");
                Files.delete(inbox.resolve("utfall.csv"));
            }
            write("berattelse.csv", List.of("kommun;ar;kod;text", "1081;2016;PO1;\"Ett år med; många\nprojekt\""));
        }

        void copyFilesOf(Workspace other) throws IOException {
            try (Stream<Path> files = Files.list(other.inbox)) {
                for (Path file : files.toList()) {
                    Files.copy(file, inbox.resolve(file.getFileName()));
                }
            }
        }

        private void write(String name, List<String> lines) throws IOException {
            Files.writeString(
                    inbox.resolve(name), "\uFEFF" + String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        }

        /** Runs the import; with killAfterRows ≥ 0, kills the JVM (SIGKILL) once that many rows are written. */
        Run run(String crashPoint, long killAfterRows) throws Exception {
            List<String> command = new ArrayList<>(List.of(
                    ProcessHandle.current().info().command().orElse("java"),
                    "-Xmx512m",
                    "-cp",
                    System.getProperty("java.class.path")));
            if (crashPoint != null) {
                command.add("-Dmaltavla.test.crash-point=" + crashPoint);
            }
            command.addAll(List.of(
                    "se.maltavla.Application",
                    "import",
                    inbox.toString(),
                    "--spring.datasource.url=" + url,
                    "--spring.datasource.username=sa",
                    "--maltavla.import.chunk-size=" + CHUNK,
                    "--logging.level.root=WARN",
                    "--logging.level.se.maltavla.dataimport.internal.RowChunkWriter=DEBUG"));
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            StringBuilder output = new StringBuilder();
            long written = 0;
            try (var reader =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    output.append(line).append('\n');
                    if (killAfterRows >= 0 && line.contains("Chunk of") && line.contains(utfall)) {
                        written += Long.parseLong(line.replaceAll(".*Chunk of (\\d+) rows.*", "$1"));
                        if (written >= killAfterRows) {
                            process.destroyForcibly();
                            break;
                        }
                    }
                }
            }
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
            return new Run(process.exitValue(), output.toString());
        }

        /** What a user could see of the data: every domain row, keyed by codes and file names, not ids. */
        List<String> dump() throws SQLException {
            try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                List<String> rows = new ArrayList<>();
                rows.addAll(query(c, "select e.code, e.name, e.element_type from strategy_element e order by e.code"));
                rows.addAll(
                        query(
                                c,
                                "select g.code, g.text, c.name from goal g join committee c on c.id = g.committee_id order by g.code"));
                rows.addAll(
                        query(
                                c,
                                "select i.code, i.name, i.target_number, g.code from indicator i join goal g on g.id = i.goal_id order by i.code"));
                rows.addAll(query(
                        c,
                        "select i.code, m.period, m.value_number, m.comment, f.file_name, m.source_line "
                                + "from measurement m join indicator i on i.id = m.indicator_id join import_file f on f.id = m.source_file_id "
                                + "order by i.code, m.period"));
                rows.addAll(
                        query(
                                c,
                                "select i.code, m.period, h.value_number, h.source_line from measurement_history h "
                                        + "join measurement m on m.id = h.measurement_id join indicator i on i.id = m.indicator_id order by i.code, m.period"));
                rows.addAll(query(c, "select code, text from narrative order by code"));
                rows.addAll(
                        query(
                                c,
                                "select file_name, kind, status, rows_read, rows_new, rows_updated, rows_unchanged, "
                                        + "rows_rejected, archive_path from import_file where status = 'IMPORTED' order by file_name"));
                rows.addAll(query(
                        c,
                        "select f.file_name, r.line_number, r.column_name, r.raw_value, r.reason from rejected_row r "
                                + "join import_file f on f.id = r.file_id order by f.file_name, r.line_number"));
                return rows;
            }
        }

        private static List<String> query(Connection c, String sql) throws SQLException {
            List<String> rows = new ArrayList<>();
            try (var statement = c.createStatement();
                    ResultSet rs = statement.executeQuery(sql)) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        Object value = rs.getObject(i);
                        row.append(
                                        value instanceof java.math.BigDecimal d
                                                ? d.stripTrailingZeros().toPlainString()
                                                : value)
                                .append('|');
                    }
                    rows.add(row.toString());
                }
            }
            return rows;
        }

        /** Every file under the inbox, relative, with its size. */
        List<String> files() throws IOException {
            try (Stream<Path> all = Files.walk(inbox)) {
                return all.filter(Files::isRegularFile)
                        .map(p -> inbox.relativize(p).toString() + " "
                                + p.toFile().length())
                        .sorted()
                        .toList();
            }
        }

        String rejectionReport() throws IOException {
            try (Stream<Path> all = Files.walk(inbox)) {
                Path report = all.filter(p -> p.getFileName().toString().equals("utfall.avvisade.csv"))
                        .findFirst()
                        .orElseThrow();
                return Files.readString(report);
            }
        }
    }
}
