package se.maltavla.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.maltavla.support.Chromium;

/**
 * Two Måltavla instances on one PostgreSQL database, as behind a load balancer
 * (docs/design-decisions/0024, the README's "Running for many municipalities"): two JVMs of the
 * packaged application's classes, each with its own port and data folder, one inbox between them,
 * and the same schedules firing every ten seconds in both. It checks that both serve the dashboard
 * and the API; that each firing of the import and of the refresh runs in exactly one of them; that
 * an import run by one is followed, file and rows, in the other's Import view (a real browser,
 * signed in to each); and that when the running one is killed (SIGKILL) mid-file, the other takes
 * the next run, marks the dead run interrupted and continues the file: every value once, nothing
 * lost, the file archived, and the other's signed-in session unharmed.
 *
 * <p>PostgreSQL only (jobs/test's second pass; .ci/run): in a schema of its own, dropped after.
 */
@Tag("database")
@EnabledIfSystemProperty(named = "maltavla.test.db", matches = "postgresql")
class TwoInstancesTest {

    private static final String PASSWORD = "koordinator-i-test";
    private static final int INDICATORS = 3_000;
    private static final int CHUNK = 1_000;
    private static final String[] PERIODS = periods();
    private static final Pattern CLAIM = Pattern.compile(
            "Scheduled job (\\S+) (claimed by this instance|not run by this instance) \\((\\w+)\\) for its firing at (\\d{4}-\\d\\d-\\d\\dT[\\d:.]+(?:Z|[+-]\\d\\d:\\d\\d))");

    @TempDir
    Path temp;

    private final String schema = "twoinst_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100_000;
    private final List<Instance> instances = new ArrayList<>();
    private ChromeDriver browser;
    private Path profile;

    @Test
    void two_instances_serve_share_the_schedule_follow_each_others_import_and_take_over_a_dead_ones_file()
            throws Exception {
        try (Connection c = connect(base())) {
            c.createStatement().execute("create schema " + schema);
        }
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        Instance a = new Instance("a", inbox);
        Instance b = new Instance("b", inbox);
        instances.addAll(List.of(a, b));
        a.start();
        b.start();
        a.awaitReady();
        b.awaitReady();

        // Both serve the dashboard and the API.
        for (Instance instance : instances) {
            HttpResponse<String> login = instance.get("/login", false);
            assertThat(login.statusCode()).as(instance + " /login").isEqualTo(200);
            assertThat(login.body()).as(instance + " /login").contains("<html");
            HttpResponse<String> api = instance.get("/api/v1/municipalities", true);
            assertThat(api.statusCode()).as(instance + " API").isEqualTo(200);
            assertThat(api.body()).as(instance + " API").startsWith("[");
        }

        // Each firing of each scheduled job, fired in both instances at once, runs in one of them.
        await(Duration.ofSeconds(90), "two firings of each job seen by both instances", () -> firingsSeenByBoth(2));
        Map<String, Map<String, List<String>>> firings = firings();
        for (var job : firings.entrySet()) {
            for (var firing : job.getValue().entrySet()) {
                assertThat(firing.getValue().stream().filter(w -> w.startsWith("claimed")))
                        .as(job.getKey() + " at " + firing.getKey() + ": " + firing.getValue())
                        .hasSizeLessThanOrEqualTo(1);
            }
        }
        assertThat(
                        query(
                                "select count(*) from (select date_trunc('minute', started_at), floor(extract(second from started_at) / 10)"
                                        + " from import_run where trigger_source = 'SCHEDULE' group by 1, 2 having count(*) > 1) twice"))
                .as("firings of the nightly import run twice")
                .containsExactly("0");

        // Signed in to each instance in its own tab (localhost and 127.0.0.1: a cookie each), on the Import view.
        profile = Files.createTempDirectory("maltavla-chromium");
        browser = Chromium.start(profile);
        Map<String, String> tabs = new HashMap<>();
        tabs.put("a", signIn(a, "localhost"));
        browser.switchTo().newWindow(WindowType.TAB);
        tabs.put("b", signIn(b, "127.0.0.1"));

        // A large file: whichever instance claims the next firing imports it; the other follows it.
        long valueRows = writeFiles(inbox);
        await(
                Duration.ofSeconds(90),
                "utfall.csv being imported",
                () -> !query(
                                "select f.id from import_file f where f.file_name = 'utfall.csv' and f.status = 'PROCESSING' and f.rows_read > 0")
                        .isEmpty());
        String running = query("select r.instance_id from import_run r join import_file f on f.run_id = r.id"
                        + " where f.file_name = 'utfall.csv' and f.status = 'PROCESSING'")
                .getFirst();
        Instance runner = running.equals("a") ? a : b;
        Instance other = runner == a ? b : a;
        long deadRun = Long.parseLong(
                query("select run_id from import_file where file_name = 'utfall.csv'" + " and status = 'PROCESSING'")
                        .getFirst());
        browser.switchTo().window(tabs.get(other.name));
        // Read anew in the front tab (a tab in the background may be slowed down by the browser).
        browser.navigate().refresh();
        waitForVaadin();
        await(Duration.ofSeconds(60), "the other instance's Import view showing the run's rows", () -> {
            String status = text(By.id("run-watch-status"));
            return status.contains("Körning " + deadRun + " pågår")
                    && status.contains("i instansen " + runner.name)
                    && rowsShown("utfall.csv") > 0;
        });
        long shownRows = rowsShown("utfall.csv");
        assertThat(text(By.cssSelector("[data-file='utfall.csv'] .file-progress-rows")))
                .as("rows done of the file's rows")
                .matches("[\\d\\s\u00a0\u202f]+ av [\\d\\s\u00a0\u202f]+ rader")
                .endsWith(" rader");
        assertThat(digits(text(By.cssSelector("[data-file='utfall.csv'] .file-progress-rows"))
                        .replaceAll(".* av ", "")))
                .as("the file's rows total, in the other instance")
                .isEqualTo(valueRows);

        // The running instance dies mid-file.
        await(Duration.ofMinutes(2), "a fifth of the file imported", () -> rowsRead(deadRun) >= valueRows / 5);
        runner.kill();
        Thread.sleep(1_000); // a commit under way when it died has ended either way
        long rowsAtDeath = rowsRead(deadRun);
        assertThat(rowsAtDeath)
                .as("killed mid-file (the file is too small for this machine if not)")
                .isBetween(shownRows, valueRows - 1);

        // The other takes the next run: it marks the dead run interrupted and continues the file to its end.
        await(
                Duration.ofMinutes(3),
                "utfall.csv imported by " + other,
                () -> !query(
                                "select f.id from import_file f join import_run r on r.id = f.run_id where f.file_name = 'utfall.csv'"
                                        + " and f.status = 'IMPORTED' and r.instance_id = '" + other.name
                                        + "' and r.status <> 'RUNNING'")
                        .isEmpty());
        assertThat(query("select status, error_kind from import_run where id = " + deadRun))
                .containsExactly("INTERRUPTED|interrupted");
        assertThat(
                        query(
                                "select f.status, f.previous_file_id is not null, r.instance_id, f.rows_read, f.rows_total,"
                                        + " f.rows_new, f.rows_updated + f.rows_unchanged + f.rows_rejected"
                                        + " from import_file f join import_run r on r.id = f.run_id where f.file_name = 'utfall.csv' order by f.id"))
                .as("the dead run's record, and the record that continued it after its last chunk")
                .containsExactly(
                        "INTERRUPTED|false|" + runner.name + "|" + rowsAtDeath + "|" + valueRows + "|" + rowsAtDeath
                                + "|0",
                        "IMPORTED|true|" + other.name + "|" + valueRows + "|" + valueRows + "|" + valueRows + "|0");
        assertThat(query("select count(*), count(distinct (indicator_id, period)) from measurement"))
                .as("every value once: nothing lost, nothing imported twice")
                .containsExactly(valueRows + "|" + valueRows);
        assertThat(inbox.resolve("utfall.csv")).doesNotExist();
        try (Stream<Path> archived = Files.walk(inbox.resolve("archive"))) {
            assertThat(archived.map(p -> p.getFileName().toString()))
                    .contains("strategi.csv", "handlingsplan.csv", "utfall.csv");
        }
        // The session in the surviving instance lives on: its Import view lists the run that finished the file.
        String finishing = query("select r.id from import_file f join import_run r on r.id = f.run_id"
                        + " where f.file_name = 'utfall.csv' and f.status = 'IMPORTED'")
                .getFirst();
        await(Duration.ofSeconds(60), "the surviving session listing run " + finishing, () -> {
            String page = text(By.tagName("body"));
            return page.contains("Körning " + finishing) && page.contains("Körning " + deadRun);
        });
        assertThat(browser.getCurrentUrl()).endsWith("/import");
    }

    @AfterEach
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        for (Instance instance : instances) {
            instance.kill();
            // what each instance logged, for whoever reads a failure
            Files.createDirectories(Path.of("target", "two-instances"));
            Files.writeString(Path.of("target", "two-instances", instance.name + ".log"), instance.output());
        }
        try (Connection c = connect(base())) {
            c.createStatement().execute("drop schema if exists " + schema + " cascade");
        }
    }

    /** Whether each job has at least {@code count} firings that both instances logged. */
    private boolean firingsSeenByBoth(int count) {
        Map<String, Map<String, List<String>>> firings = firings();
        return Stream.of("nightly-import", "fulfilment-refresh")
                .allMatch(job -> firings.getOrDefault(job, Map.of()).values().stream()
                                .filter(w -> w.size() == 2)
                                .count()
                        >= count);
    }

    /** Per job and firing (its ten seconds), what each instance logged: "claimed a" or "not run b". */
    private Map<String, Map<String, List<String>>> firings() {
        Map<String, Map<String, List<String>>> firings = new HashMap<>();
        for (Instance instance : instances) {
            Matcher m = CLAIM.matcher(instance.output());
            while (m.find()) {
                OffsetDateTime at = OffsetDateTime.parse(m.group(4));
                String slot =
                        at.withNano(0).withSecond(at.getSecond() / 10 * 10).toString();
                firings.computeIfAbsent(m.group(1), j -> new HashMap<>())
                        .computeIfAbsent(slot, s -> new ArrayList<>())
                        .add((m.group(2).startsWith("claimed") ? "claimed " : "not run ") + m.group(3));
            }
        }
        return firings;
    }

    private String signIn(Instance instance, String host) {
        browser.get("http://" + host + ":" + instance.port + "/login");
        waitForVaadin();
        var user = waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
        user.sendKeys("koordinator");
        var password = waitFor(By.cssSelector("vaadin-login-form input[name='password']"));
        password.sendKeys(PASSWORD);
        password.sendKeys(Keys.ENTER);
        waitForVaadin();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(b -> !b.getCurrentUrl().contains("/login"));
        browser.get("http://" + host + ":" + instance.port + "/import");
        waitForVaadin();
        waitFor(By.id("start-import"));
        return browser.getWindowHandle();
    }

    private org.openqa.selenium.WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(b -> b.findElements(locator).stream().findFirst().orElse(null));
    }

    private void waitForVaadin() {
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(b -> Boolean.TRUE.equals(((JavascriptExecutor) b).executeScript(Chromium.VAADIN_IDLE)));
    }

    private String text(By locator) {
        return browser.findElements(locator).stream()
                .findFirst()
                .map(e -> e.getText())
                .orElse("");
    }

    private long rowsShown(String file) {
        String rows = text(By.cssSelector("[data-file='" + file + "'] .file-progress-rows"));
        return rows.contains(" av ") ? digits(rows.substring(0, rows.indexOf(" av "))) : -1;
    }

    private static long digits(String text) {
        String d = text.replaceAll("\\D", "");
        return d.isEmpty() ? -1 : Long.parseLong(d);
    }

    private long rowsRead(long runId) {
        return Long.parseLong(query("select coalesce(max(rows_read), 0) from import_file where run_id = " + runId
                        + " and file_name = 'utfall.csv'")
                .getFirst());
    }

    private static void await(Duration limit, String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Waited " + limit + " for " + what);
            }
            Thread.sleep(250);
        }
    }

    /** Strategy, a plan of {@link #INDICATORS} indicators and their values; returns the values' rows. */
    private static long writeFiles(Path inbox) throws IOException {
        Path staging = Files.createDirectories(inbox.resolveSibling("staging"));
        write(
                staging,
                "strategi.csv",
                List.of(
                        "kommun;strategi;typ;kod;namn;kopplingar;giltig_fran;giltig_till",
                        "1081;S1;strategi;S1;Strategi;;2016-01-01;2017-12-31",
                        "1081;S1;prioriterat_omrade;PO1;Hållbara städer;;;"));
        List<String> plan = new ArrayList<>();
        plan.add("kommun;namnd;ar;mal_kod;mal;indikator_kod;indikator;typ;riktning;utgangsvarde;malvarde;kopplingar");
        for (int i = 0; i < INDICATORS; i++) {
            plan.add("1081;Nämnd " + (i / 10 % 7) + ";2016;M" + (i / 10) + ";Mål " + (i / 10) + ";I" + i + ";Indikator "
                    + i + ";tal;oka;0;100;PO1");
        }
        write(staging, "handlingsplan.csv", plan);
        List<String> values = new ArrayList<>();
        values.add("kommun;indikator_kod;period;varde;kommentar");
        for (int i = 0; i < INDICATORS; i++) {
            for (String period : PERIODS) {
                values.add("1081;I" + i + ";" + period + ";" + (i % 100) + "," + (i % 10) + ";");
            }
        }
        write(staging, "utfall.csv", values);
        // Moved in whole, as a careful sender does (the instances wait no quiet period here).
        for (String name : List.of("strategi.csv", "handlingsplan.csv", "utfall.csv")) {
            Files.move(staging.resolve(name), inbox.resolve(name));
        }
        return values.size() - 1L;
    }

    private static void write(Path folder, String name, List<String> lines) throws IOException {
        Files.writeString(folder.resolve(name), String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
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

    private List<String> query(String sql) {
        try (Connection c = connect(url());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(String.valueOf(rs.getObject(i)));
                }
                rows.add(String.join("|", row));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static String base() {
        return System.getProperty("maltavla.test.pg.url");
    }

    private String url() {
        return base() + (base().contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(
                url, System.getProperty("maltavla.test.pg.user"), System.getProperty("maltavla.test.pg.password"));
    }

    /** One instance: the application's classes in a JVM of its own, on a port of its own. */
    private final class Instance {
        final String name;
        final Path inbox;
        final int port;
        private final StringBuffer output = new StringBuffer();
        private Process process;

        Instance(String name, Path inbox) throws IOException {
            this.name = name;
            this.inbox = inbox;
            try (ServerSocket free = new ServerSocket(0)) {
                this.port = free.getLocalPort();
            }
        }

        void start() throws IOException {
            List<String> command = new ArrayList<>(List.of(
                    ProcessHandle.current().info().command().orElse("java"),
                    "-Xmx384m",
                    "-XX:TieredStopAtLevel=1",
                    "-Duser.home=" + System.getProperty("user.home"),
                    "-Dorg.jooq.no-logo=true",
                    "-Dorg.jooq.no-tips=true",
                    // at least 40 s for the file whatever the machine: time to see it followed and to kill its instance
                    "-Dmaltavla.test.slow-chunks=utfall.csv:600",
                    "-cp",
                    System.getProperty("java.class.path"),
                    "se.maltavla.Application",
                    "--server.port=" + port,
                    // as users get it (and as the tests that start the application run it): no dev server
                    "--vaadin.productionMode=true",
                    "--spring.datasource.url=" + url(),
                    "--spring.datasource.username=" + System.getProperty("maltavla.test.pg.user"),
                    "--spring.datasource.password=" + System.getProperty("maltavla.test.pg.password"),
                    "--maltavla.instance.id=" + name,
                    "--maltavla.data-dir=" + temp.resolve("data-" + name),
                    "--maltavla.import.inbox=" + inbox,
                    "--maltavla.import.sample-data=",
                    "--maltavla.import.quiet-period=0s",
                    "--maltavla.import.chunk-size=" + CHUNK,
                    "--maltavla.import.cron=0/10 * * * * *",
                    "--maltavla.fulfilment.refresh-cron=5/10 * * * * *",
                    "--maltavla.security.initial-password=" + PASSWORD,
                    "--logging.level.root=WARN",
                    "--logging.level.se.maltavla.scheduling=INFO"));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
            process = builder.start();
            Thread.ofPlatform().daemon().name("instance-" + name).start(() -> {
                try (var reader =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                        output.append(line).append('\n');
                    }
                } catch (IOException ended) {
                    // the process is gone
                }
            });
        }

        void awaitReady() throws InterruptedException {
            await(Duration.ofMinutes(3), this + " answering", () -> {
                if (!process.isAlive()) {
                    throw new AssertionError(this + " stopped:\n" + output());
                }
                try {
                    return get("/login", false).statusCode() == 200;
                } catch (IOException | InterruptedException notYet) {
                    return false;
                }
            });
        }

        HttpResponse<String> get(String path, boolean signedIn) throws IOException, InterruptedException {
            try (HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build()) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .timeout(Duration.ofSeconds(30));
                if (signedIn) {
                    request.header(
                            "Authorization",
                            "Basic "
                                    + Base64.getEncoder()
                                            .encodeToString(
                                                    ("koordinator:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
                }
                return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            }
        }

        /** As kill -9: no shutdown hook, no finally block, the database connections simply gone. */
        void kill() throws InterruptedException {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }

        String output() {
            return output.toString();
        }

        @Override
        public String toString() {
            return "instance " + name;
        }
    }
}
