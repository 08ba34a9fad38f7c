package se.maltavla.benchmark;

import static se.maltavla.benchmark.NationalLoad.status;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationConfiguration;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.WebApplicationContext;
import se.maltavla.Application;
import se.maltavla.dataimport.ImportService;
import se.maltavla.security.Role;
import se.maltavla.security.UserService;
import se.maltavla.support.Chromium;

/**
 * The dashboard benchmark behind {@code jobs/benchmark-dashboard [ROWS]} (docs/performance.md,
 * "Dashboard and API speed"): the web application with the national data set imported, then
 * (1) the overview of randomly chosen municipalities in headless Chromium, target p95 ≤ 200 ms after
 * navigation, and (2) the API's results endpoint under wrk, 20 connections, target p95 ≤ 10 ms, and
 * the same with If-None-Match (revalidation), target p95 ≤ 5 ms.
 *
 * <p>One JVM: Måltavla's own Spring Boot application from the compiled classes (real Tomcat on a
 * free port on 127.0.0.1, Vaadin in production mode), the import through its {@code ImportService}
 * as the nightly job runs it. Arguments: {@code ROWS WORKDIR}. System properties
 * {@code maltavla.benchmark.*}: {@code municipalities} (20), {@code warmup} (3), {@code seconds}
 * (wrk's duration, 30), {@code connections} (20), {@code threads} (wrk's, 2), {@code sample-ms}
 * (profiler interval, 10; 0 = off).
 */
public final class DashboardBenchmark {

    /** Issue 13 (national scale): the overview ≤ 200 ms after navigation, the API p95 ≤ 10 ms, revalidated ≤ 5 ms. */
    static final double OVERVIEW_TARGET_MS = 200;

    static final double API_P95_TARGET_MS = 10;
    static final double API_REVALIDATED_P95_TARGET_MS = 5;
    private static final String VIEWER = "benchmark-viewer";

    private final long rows;
    private final Path work;
    private final int municipalities = Integer.getInteger("maltavla.benchmark.municipalities", 20);
    private final int warmup = Integer.getInteger("maltavla.benchmark.warmup", 3);
    private final int seconds = Integer.getInteger("maltavla.benchmark.seconds", 30);
    private final int connections = Integer.getInteger("maltavla.benchmark.connections", 20);
    private final int threads = Integer.getInteger("maltavla.benchmark.threads", 2);
    private final long sampleMillis = Long.getLong("maltavla.benchmark.sample-ms", 10);
    private final List<String> failures = new ArrayList<>();

    private DashboardBenchmark(long rows, Path work) {
        this.rows = rows;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0].replaceAll("[_,. ]", "")) : 1_000_000;
        Path work = (args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("maltavla-benchmark"))
                .toAbsolutePath()
                .normalize();
        if (System.getenv("SPRING_DATASOURCE_URL") == null
                && !Path.of("").toAbsolutePath().normalize().equals(work)) {
            System.err.println(
                    "Run the benchmark through jobs/benchmark-dashboard: without SPRING_DATASOURCE_URL it must "
                            + "start in its work folder, so that the default H2 URL (./data/maltavla) points there.");
            System.exit(1);
        }
        for (Path tool : List.of(Chromium.BINARY, Chromium.DRIVER, ApiLoad.WRK)) {
            if (!Files.isExecutable(tool)) {
                System.err.println(
                        "The dashboard benchmark needs " + tool + ": apt-get install chromium chromium-driver wrk");
                System.exit(1);
            }
        }
        System.exit(new DashboardBenchmark(rows, work).run());
    }

    private int run() throws Exception {
        String started = ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"));
        NationalDataSet data = NationalLoad.generate(work, rows, NationalDataSet.Order.INDICATOR);
        Runnable report;
        status("Starting Måltavla's web application (Tomcat on a free port, Vaadin production mode)…");
        try (ConfigurableApplicationContext context = web()) {
            DSLContext db = context.getBean(DSLContext.class);
            String database = NationalLoad.describeDatabase(context.getBean(DataSource.class));
            if (!NationalLoad.isEmpty(db, database)) {
                return 1;
            }
            boolean production = productionMode((WebApplicationContext) context);
            check(production, "Vaadin is not in production mode");
            ImportService imports = context.getBean(ImportService.class);
            NationalLoad.importPlans(imports, db, data, this::check);
            NationalLoad.importValues(imports, db, work, data, this::check);
            String password = viewer(context.getBean(UserService.class));
            String base = "http://127.0.0.1:"
                    + ((WebServerApplicationContext) context).getWebServer().getPort();

            double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            List<String> chosen = choose(data.municipalities);
            BrowserRun browser = new BrowserRun(base, VIEWER, password, sampleMillis).run(chosen, warmup);
            checkApi(base, password, data.municipalities.getFirst());
            ApiLoad load = new ApiLoad(base, VIEWER, password, data.municipalities, NationalDataSet.PLAN_YEAR, work);
            ApiRun api = new ApiRun(load, sampleMillis).run(threads, connections, seconds);

            double loadAverage = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            report = () -> new DashboardReport(System.out)
                    .print(
                            started,
                            database,
                            production,
                            data,
                            browser,
                            api,
                            new double[] {loadBefore, loadAverage},
                            failures);
        }
        // After the application has stopped: its last log lines (wrk's closed connections) come before.
        report.run();
        return failures.isEmpty() ? 0 : 1;
    }

    /** Warm-up and measured municipalities, at random (a fixed seed), never the first (the login shows it). */
    private List<String> choose(List<String> all) {
        List<String> candidates = new ArrayList<>(all.subList(1, all.size()));
        Collections.shuffle(candidates, new Random(Long.getLong("maltavla.benchmark.seed", 4)));
        int count = warmup + municipalities + (sampleMillis > 0 ? BrowserRun.PROFILED : 0);
        return List.copyOf(candidates.subList(0, Math.min(candidates.size(), count)));
    }

    private ConfigurableApplicationContext web() {
        SpringApplication application = new SpringApplication(Application.class);
        application.setWebApplicationType(WebApplicationType.SERVLET);
        application.setLogStartupInfo(false);
        return application.run(
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--maltavla.import.sample-data=",
                "--maltavla.import.inbox=" + work.resolve("inbox"),
                "--maltavla.import.cron=-",
                "--maltavla.security.initial-password=" + password(),
                "--vaadin.productionMode=true");
    }

    /** A viewer, made as a coordinator makes one (UserService); the password it was given. */
    private static String viewer(UserService users) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "benchmark", null, AuthorityUtils.createAuthorityList("ROLE_COORDINATOR")));
        try {
            String password = password();
            users.createUser(VIEWER, Role.VIEWER, password);
            return password;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** One request before the load: the endpoint answers 200 with the municipality's results. */
    private void checkApi(String base, String password, String municipality) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create(base + ApiLoad.path(municipality, NationalDataSet.PLAN_YEAR)))
                            .header(
                                    "Authorization",
                                    "Basic " + Base64.getEncoder().encodeToString((VIEWER + ":" + password).getBytes()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            check(
                    response.statusCode() == 200 && response.body().contains("\"" + municipality + "\""),
                    "GET results of " + municipality + ": " + response.statusCode() + " "
                            + response.body()
                                    .substring(0, Math.min(200, response.body().length())));
        }
    }

    private void check(boolean condition, String failure) {
        if (!condition) {
            failures.add(failure);
            System.err.println("VERIFICATION FAILED: " + failure);
        }
    }

    /** Whether Vaadin serves the production bundle (as from the built jar), not the development mode. */
    private static boolean productionMode(WebApplicationContext context) {
        return ApplicationConfiguration.get(new VaadinServletContext(context.getServletContext()))
                .isProductionMode();
    }

    private static String password() {
        return "benchmark-" + Long.toHexString(new SecureRandom().nextLong());
    }
}
