package se.maltavla.yearend.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.maltavla.support.PdfConformance;

/**
 * jobs/year-end as cron or a coordinator's script runs it: Måltavla's main in a JVM of its own on an
 * H2 file database, its message on standard output, its exit status. One test of three JVM starts
 * (about 30 s each on a busy machine); YearEndCommandTest covers every case, refusals included, in-process.
 */
class YearEndCommandLineTest {

    @TempDir
    Path temp;

    @Test
    void locks_and_writes_the_report_of_the_locked_version() throws Exception {
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        try (Stream<Path> samples = Files.list(Path.of("sample-data", "ronneby"))) {
            for (Path file : samples.toList()) {
                Files.copy(file, inbox.resolve(file.getFileName()));
            }
        }
        assertThat(run("import", inbox.toString()).exit).isZero();

        Result lock = run("year-end", "lock", "1081", "2017", "--date", "2017-12-31");
        Result report = run(
                "year-end",
                "report",
                "1081",
                "2017",
                temp.resolve("rapport.pdf").toString(),
                "--lang=en");

        assertThat(lock.exit).as(lock.output).isZero();
        assertThat(lock.output).contains("Planår 2017 för Ronneby fastställt per 2017-12-31: version 1.");
        assertThat(report.exit).as(report.output).isZero();
        assertThat(report.output)
                .contains("The report of plan year 2017, Ronneby, version 1: " + temp.resolve("rapport.pdf"));
        byte[] pdf = Files.readAllBytes(temp.resolve("rapport.pdf"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Follow-up of the international strategy, annual report 2017");
        }
        assertThat(PdfConformance.pdfUa(pdf)).isEmpty();
    }

    private record Result(int exit, String output) {}

    private Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp",
                System.getProperty("java.class.path"),
                "se.maltavla.Application"));
        command.addAll(List.of(args));
        command.add("--spring.datasource.url=jdbc:h2:file:"
                + temp.resolve("db/maltavla").toAbsolutePath()
                + ";AUTO_SERVER=TRUE;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0");
        command.add("--logging.level.root=OFF");
        command.add("--maltavla.import.quiet-period=0s");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        return new Result(process.exitValue(), output);
    }
}
