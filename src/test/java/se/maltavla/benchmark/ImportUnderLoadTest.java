package se.maltavla.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static se.maltavla.db.Tables.MEASUREMENT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.assertj.core.api.SoftAssertions;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import se.maltavla.dataimport.FileResult;
import se.maltavla.dataimport.FileStatus;
import se.maltavla.dataimport.ImportRunResult;
import se.maltavla.dataimport.ImportService;
import se.maltavla.fulfilment.FulfilmentService;
import se.maltavla.fulfilment.RecomputeReport;
import se.maltavla.security.Role;
import se.maltavla.security.UserService;
import se.maltavla.support.Chromium;
import se.maltavla.support.WebTestEnvironment;
import tools.jackson.databind.JsonNode;

/**
 * The load test of the import's fault suite (issue 9): the national data set's utfall file imported
 * while 20 clients use the running web application — 18 programs on the JSON API (results as JSON
 * and CSV, the municipalities, the import runs) and 2 people on the overview in headless Chromium —
 * until the import and its recompute are done. No client may see a wrong answer, an error (a 503
 * with Retry-After is allowed where design decision 0006 says so), an exception or a timeout, and
 * the server may log no error; afterwards nothing is lost: the run counted every row, every value
 * is stored and served, and the stored results are what a full recompute gives.
 *
 * <p>Scaled for {@code jobs/test} (about 2–3 minutes on two cores): every municipality's strategy
 * and plan (290, 87,000 indicators) and 150,000 utfall rows in the order of an export per period,
 * so that the import changes every municipality's figures more than once. At national scale:
 * {@code -Dmaltavla.load.rows=1000000}; the clients: {@code -Dmaltavla.load.api-clients=18},
 * {@code -Dmaltavla.load.browsers=2}, each API client's mean pause between requests
 * {@code -Dmaltavla.load.think-ms=250} (0: none). Timings are printed, never asserted.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "maltavla.import.sample-data=",
            "maltavla.import.cron=-",
            "maltavla.fulfilment.refresh-cron=-",
            "maltavla.import.quiet-period=0s",
            "maltavla.security.initial-password=" + WebTestEnvironment.COORDINATOR_PASSWORD,
            "vaadin.productionMode=true"
        })
@DirtiesContext
@Tag("browser")
@Tag("load")
@Timeout(value = 30, unit = TimeUnit.MINUTES)
class ImportUnderLoadTest {

    static final long ROWS = Long.getLong("maltavla.load.rows", 150_000);
    static final int API_CLIENTS = Integer.getInteger("maltavla.load.api-clients", 18);
    static final int BROWSERS = Integer.getInteger("maltavla.load.browsers", 2);
    /** Mean pause of an API client between requests (0: none, the most pressure). */
    static final long THINK_MILLIS = Long.getLong("maltavla.load.think-ms", 250);
    /** Municipalities whose results and values are compared in full after the run. */
    private static final int COMPARED = 5;

    /** The data set and an H2 file database of this test's own, new on every run (target/ is the build's). */
    private static final Path WORK =
            freshFolder(Path.of("target", "import-under-load").toAbsolutePath());

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:file:" + WORK.resolve("db").resolve("maltavla")
                        + ";DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        registry.add("maltavla.data-dir", () -> WORK.resolve("data").toString());
        registry.add(
                "maltavla.import.inbox",
                () -> WORK.resolve("data").resolve("inbox").toString());
    }

    @LocalServerPort
    private int port;

    @Autowired
    private ImportService imports;

    @Autowired
    private FulfilmentService fulfilment;

    @Autowired
    private UserService users;

    @Autowired
    private DSLContext db;

    @BeforeAll
    static void chromiumIsInstalled() {
        if (!Files.isExecutable(Chromium.BINARY) || !Files.isExecutable(Chromium.DRIVER)) {
            fail(
                    "The load test drives the overview in Debian's Chromium (" + Chromium.BINARY + ", "
                            + Chromium.DRIVER
                            + "): apt-get install chromium chromium-driver, or leave the browser tests out with -DexcludedGroups=browser.");
        }
    }

    @Test
    void twenty_clients_get_only_right_answers_while_the_national_import_runs_and_nothing_is_lost() throws Exception {
        NationalDataSet data = NationalLoad.generate(WORK, ROWS, NationalDataSet.Order.PERIOD);
        List<String> setup = new ArrayList<>();
        NationalLoad.importPlans(imports, db, data, (ok, failure) -> {
            if (!ok) {
                setup.add(failure);
            }
        });
        assertThat(setup).as("the strategies and plans imported").isEmpty();

        String base = "http://127.0.0.1:" + port;
        Map<String, String> viewers = asCoordinator(() -> viewers(1 + BROWSERS));
        List<String> names = List.copyOf(viewers.keySet());
        String apiUser = names.getFirst();
        ApiClient.Expected expected = expected(base, apiUser, viewers.get(apiUser), data);

        LoadLog log = new LoadLog();
        Load load = underLoad(data, log, base, viewers, expected);

        System.out.println();
        System.out.printf(
                "Import under load: %s utfall rows (%s municipalities, %s indicators), %d API clients (pause %d ms) "
                        + "and %d browsers, %d cores%n",
                NationalLoad.fmt(ROWS),
                data.municipalities.size(),
                NationalLoad.fmt(data.indicators),
                API_CLIENTS,
                THINK_MILLIS,
                BROWSERS,
                Runtime.getRuntime().availableProcessors());
        System.out.printf(
                "  the import and its recompute: %.1f s (%s rows/s under load); %s requests started during it%n",
                load.took().toNanos() / 1e9,
                NationalLoad.fmt(Math.round(ROWS / Math.max(0.001, load.took().toNanos() / 1e9))),
                NationalLoad.fmt(log.duringImport()));
        log.print(System.out);

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(log.failures())
                .as("wrong answers, errors, exceptions or timeouts the clients saw")
                .isEmpty();
        softly.assertThat(load.stoppedEarly())
                .as("clients that stopped before the import was done")
                .isEmpty();
        softly.assertThat(load.served())
                .as("every client served while the import ran (a request started during it)")
                .isTrue();
        softly.assertThat(load.serverErrors())
                .as("errors the server logged under load")
                .isEmpty();
        nothingLost(softly, load.result(), data, base, apiUser, viewers.get(apiUser));
        softly.assertAll();
    }

    private record Load(
            ImportRunResult result,
            Duration took,
            boolean served,
            List<String> stoppedEarly,
            List<String> serverErrors) {}

    /**
     * Starts the clients, then the import once each has been served (the browsers logged in),
     * waits for the import and its recompute, and for every client to have been served during
     * it; stops every client and its browser whatever happens.
     */
    private Load underLoad(
            NationalDataSet data, LoadLog log, String base, Map<String, String> viewers, ApiClient.Expected expected)
            throws Exception {
        Path inbox = NationalLoad.valuesInbox(WORK.resolve("data"), data);
        List<String> names = List.copyOf(viewers.keySet());
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(
                API_CLIENTS + BROWSERS,
                Thread.ofPlatform().name("load-client-", 1).factory());
        ExecutorService importer = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("load-import").factory());
        try (ServerErrors errors = ServerErrors.watch()) {
            long started = System.nanoTime();
            for (int i = 1; i <= BROWSERS; i++) {
                String user = names.get(i);
                clients.submit(new OverviewClient(
                        log.client("browser " + i), base, user, viewers.get(user), data.municipalities, stop, 100 + i));
            }
            for (int i = 1; i <= API_CLIENTS; i++) {
                clients.submit(new ApiClient(
                        log.client("api " + i),
                        base,
                        names.getFirst(),
                        viewers.get(names.getFirst()),
                        data.municipalities,
                        expected,
                        stop,
                        i,
                        THINK_MILLIS));
            }
            if (!log.awaitEveryClientServedSince(started, Duration.ofMinutes(5)) || log.failureCount() > 0) {
                fail("The clients did not get going before the import: " + log.failures());
            }
            NationalLoad.status("Importing the utfall file (" + NationalLoad.fmt(ROWS) + " rows) under load…");
            log.importStarted();
            long importStart = System.nanoTime();
            Future<ImportRunResult> run = importer.submit(() -> NationalLoad.run(imports, inbox));
            ImportRunResult result = run.get(25, TimeUnit.MINUTES);
            Duration took = Duration.ofNanos(System.nanoTime() - importStart);
            log.importEnded();
            NationalLoad.status(String.format(
                    "  done in %.1f s; waiting for every client to finish a request started during it…",
                    took.toNanos() / 1e9));
            boolean served = log.awaitEveryClientServedDuringImport(Duration.ofMinutes(3));
            List<String> stoppedEarly = log.stoppedClients();
            return new Load(result, took, served, stoppedEarly, errors.errors());
        } finally {
            stop.set(true);
            importer.shutdownNow();
            clients.shutdown();
            if (!clients.awaitTermination(4, TimeUnit.MINUTES)) {
                clients.shutdownNow();
                clients.awaitTermination(1, TimeUnit.MINUTES);
            }
        }
    }

    /**
     * After the run: it counted every row and stored every value; through the API, every
     * municipality has a value for each indicator that got one, the values of a few are those of
     * the file, and the stored results are exactly what a full recompute gives.
     */
    private void nothingLost(
            SoftAssertions softly,
            ImportRunResult result,
            NationalDataSet data,
            String base,
            String user,
            String password)
            throws Exception {
        FileResult file = result.files().isEmpty() ? null : result.files().getFirst();
        softly.assertThat(result.exitStatus())
                .as("exit status of the run (failure: %s)", result.failure())
                .isEqualTo(ImportRunResult.OK);
        softly.assertThat(file).as("the utfall file's result").isNotNull();
        if (file != null) {
            softly.assertThat(file.status()).isEqualTo(FileStatus.IMPORTED);
            softly.assertThat(List.of(
                            file.rowsRead(),
                            file.rowsNew(),
                            file.rowsUpdated(),
                            file.rowsUnchanged(),
                            file.rowsRejected()))
                    .as("rows read, new, updated, unchanged, rejected")
                    .containsExactly(ROWS, ROWS, 0L, 0L, 0L);
        }
        softly.assertThat((long) db.fetchCount(MEASUREMENT)).as("values stored").isEqualTo(ROWS);

        try (HttpClient http = ApiClient.newHttpClient()) {
            Api api = new Api(http, base, ApiClient.basic(user, password));
            JsonNode latest = api.get("/api/v1/import-runs?limit=1").get(0);
            softly.assertThat(latest.path("id").asLong())
                    .as("the latest run in the API")
                    .isEqualTo(result.runId());
            softly.assertThat(latest.path("slutstatus").asInt(-1))
                    .as("its exit status in the API")
                    .isZero();
            JsonNode apiFile = latest.path("filer").path(0);
            softly.assertThat(List.of(
                            apiFile.path("lasta").asLong(),
                            apiFile.path("nya").asLong(),
                            apiFile.path("avvisade").asLong()))
                    .as("its rows read, new and rejected in the API")
                    .containsExactly(ROWS, ROWS, 0L);

            List<String> compared = compared(data.municipalities);
            Map<String, JsonNode> before = new LinkedHashMap<>();
            for (int k = 0; k < data.municipalities.size(); k++) {
                String municipality = data.municipalities.get(k);
                JsonNode rows = api.get(results(municipality)).path("rader");
                JsonNode whole = rows.path(0);
                softly.assertThat(List.of(
                                whole.path("niva").asString(""),
                                whole.path("indikatorer").asInt(),
                                whole.path("indikatorer_med_varde").asInt()))
                        .as("municipality %s: indicators and indicators with a value", municipality)
                        .containsExactly("kommun", NationalDataSet.INDICATORS_PER_MUNICIPALITY, withValue(k, data));
                if (compared.contains(municipality)) {
                    before.put(municipality, rows);
                }
            }

            RecomputeReport recompute = asCoordinator(fulfilment::recomputeAll);
            softly.assertThat(recompute.planYears())
                    .as("plan years of the full recompute")
                    .isEqualTo(data.municipalities.size());
            softly.assertThat(recompute.rows())
                    .as("result rows a full recompute found different from the stored ones")
                    .isZero();
            for (String municipality : compared) {
                softly.assertThat(api.get(results(municipality)).path("rader"))
                        .as("results of %s after a full recompute", municipality)
                        .isEqualTo(before.get(municipality));
                softly.assertThat(apiValues(api, municipality))
                        .as("values of %s in the API", municipality)
                        .isEqualTo(fileValues(data, municipality));
            }
        }
    }

    /** Every value of a municipality in the API: indicator and period → value. */
    private static Map<String, BigDecimal> apiValues(Api api, String municipality) throws Exception {
        Map<String, BigDecimal> values = new HashMap<>();
        for (JsonNode indicator : api.get(
                "/api/v1/municipalities/" + municipality + "/years/" + NationalDataSet.PLAN_YEAR + "/indicators")) {
            for (JsonNode value : indicator.path("varden")) {
                values.put(
                        indicator.path("indikator_kod").asString() + " "
                                + value.path("period").asString(),
                        value.path("varde").decimalValue().stripTrailingZeros());
            }
        }
        return values;
    }

    /** Every value of a municipality in the utfall file: indicator and period → value. */
    private static Map<String, BigDecimal> fileValues(NationalDataSet data, String municipality) throws IOException {
        Map<String, BigDecimal> values = new HashMap<>();
        try (var lines = Files.lines(data.utfallFile, StandardCharsets.UTF_8)) {
            lines.skip(1).filter(line -> line.startsWith(municipality + ";")).forEach(line -> {
                String[] cells = line.split(";");
                values.put(cells[1] + " " + cells[2], new BigDecimal(cells[3].replace(',', '.')).stripTrailingZeros());
            });
        }
        return values;
    }

    /** The indicators of the k-th municipality that the file gives at least one value. */
    private static int withValue(int k, NationalDataSet data) {
        int count = 0;
        for (long i = (long) k * NationalDataSet.INDICATORS_PER_MUNICIPALITY;
                i < (long) (k + 1) * NationalDataSet.INDICATORS_PER_MUNICIPALITY;
                i++) {
            if (NationalDataSet.valuesOf(i, data.indicators, data.rows) > 0) {
                count++;
            }
        }
        return count;
    }

    private static List<String> compared(List<String> municipalities) {
        List<String> chosen = new ArrayList<>(List.of(municipalities.getFirst(), municipalities.getLast()));
        Random random = new Random(ROWS);
        while (chosen.size() < Math.min(COMPARED, municipalities.size())) {
            String next = municipalities.get(random.nextInt(municipalities.size()));
            if (!chosen.contains(next)) {
                chosen.add(next);
            }
        }
        return chosen;
    }

    private static String results(String municipality) {
        return "/api/v1/municipalities/" + municipality + "/years/" + NationalDataSet.PLAN_YEAR + "/results";
    }

    /** What every answer must hold, read before the load from the answers for one municipality. */
    private static ApiClient.Expected expected(String base, String user, String password, NationalDataSet data)
            throws Exception {
        try (HttpClient http = ApiClient.newHttpClient()) {
            Api api = new Api(http, base, ApiClient.basic(user, password));
            JsonNode municipalities = api.get("/api/v1/municipalities");
            assertThat(municipalities.size()).as("municipalities in the API").isEqualTo(data.municipalities.size());
            int rows = api.get(results(data.municipalities.getFirst()))
                    .path("rader")
                    .size();
            assertThat(rows)
                    .as("result rows of a municipality")
                    .isGreaterThan(NationalDataSet.INDICATORS_PER_MUNICIPALITY);
            return new ApiClient.Expected(NationalDataSet.PLAN_YEAR, municipalities.size(), rows);
        }
    }

    /** GET of a JSON answer that must be 200. */
    private record Api(HttpClient http, String base, String authorization) {
        JsonNode get(String path) throws Exception {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Authorization", authorization)
                            .timeout(ApiClient.TIMEOUT)
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(response.statusCode())
                    .as("GET %s: %s", path, response.body())
                    .isEqualTo(200);
            return ApiClient.JSON.readTree(response.body());
        }
    }

    /** Viewers made as a coordinator makes them (UserService): name → password. */
    private Map<String, String> viewers(int count) {
        Map<String, String> made = new LinkedHashMap<>();
        SecureRandom random = new SecureRandom();
        for (int i = 1; i <= count; i++) {
            String password = "last-" + HexFormat.of().toHexDigits(random.nextLong());
            users.createUser("lasttest-" + i, Role.VIEWER, password);
            made.put("lasttest-" + i, password);
        }
        return made;
    }

    private static <T> T asCoordinator(Supplier<T> action) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "load-test", null, AuthorityUtils.createAuthorityList("ROLE_COORDINATOR")));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static Path freshFolder(Path folder) {
        try {
            FileSystemUtils.deleteRecursively(folder);
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
