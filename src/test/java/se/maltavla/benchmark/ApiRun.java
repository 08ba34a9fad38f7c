package se.maltavla.benchmark;

import static se.maltavla.benchmark.NationalLoad.status;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;

/**
 * Part 2 of the dashboard benchmark: wrk on the results endpoint, first 5 s of warm-up (reported,
 * not counted), 10 s on one connection (what a request costs without queueing, for information),
 * then the measured run, the same run with every request revalidating its municipality's last
 * answer (If-None-Match with its ETag: 304 without a body), then 10 s with the server's request
 * threads sampled (the profile).
 */
final class ApiRun {

    private final ApiLoad load;
    private final long sampleMillis;
    ApiLoad.Result warmup;
    ApiLoad.Result single;
    ApiLoad.Result measured;
    /** The measured run again, each request revalidating its municipality's last answer (If-None-Match). */
    ApiLoad.Result revalidated;

    List<String> profile = List.of();
    /** CPU time of this JVM (the whole server) during the measured run, per request. */
    double serverCpuMsPerRequest;

    ApiRun(ApiLoad load, long sampleMillis) {
        this.load = load;
        this.sampleMillis = sampleMillis;
    }

    ApiRun run(int threads, int connections, int seconds) throws Exception {
        status("2. The API's results endpoint under wrk: warm-up 5 s, then " + connections + " connections, " + threads
                + " threads, " + seconds + " s…");
        warmup = load.run("warm-up", threads, connections, Duration.ofSeconds(5));
        status(String.format("   warm-up: %.0f requests/s, p95 %.1f ms", warmup.requestsPerSecond(), warmup.ms("p95")));
        // One connection: what a request costs the server without waiting for others (for information).
        single = load.run("one connection", 1, 1, Duration.ofSeconds(10));
        status(String.format(
                "   one connection: %.0f requests/s, p50 %.1f ms", single.requestsPerSecond(), single.ms("p50")));
        long cpu = cpuNanos();
        measured = load.run("measured", threads, connections, Duration.ofSeconds(seconds));
        serverCpuMsPerRequest = (cpuNanos() - cpu) / 1e6 / measured.requests();
        status(String.format("   %.0f requests/s, p95 %.1f ms", measured.requestsPerSecond(), measured.ms("p95")));
        revalidated = load.revalidate("revalidated", threads, connections, Duration.ofSeconds(seconds));
        status(String.format(
                "   with If-None-Match: %.0f requests/s, p95 %.1f ms",
                revalidated.requestsPerSecond(), revalidated.ms("p95")));
        // The profile in a run of its own: sampling stops the JVM at every sample and would slow the measured run.
        if (sampleMillis > 0) {
            try (StackSampler sampler =
                    StackSampler.busyThreads("http-nio-", BrowserRun.REQUEST, rules(), sampleMillis)) {
                load.run("profiled", threads, connections, Duration.ofSeconds(10));
                profile = sampler.report("     ");
            }
        }
        return this;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static List<StackSampler.Rule> rules() {
        return List.of(
                new StackSampler.Rule(
                        "password check (bcrypt, every request: HTTP Basic, no session)",
                        StackSampler.inPackage("org.springframework.security.crypto.")),
                new StackSampler.Rule(
                        "user look-up (DatabaseUserDetailsService)",
                        StackSampler.inClass("se.maltavla.security.internal.DatabaseUserDetailsService")),
                new StackSampler.Rule(
                        "stored results read (ResultReader.find)",
                        StackSampler.inClass("se.maltavla.fulfilment.internal.ResultReader")),
                new StackSampler.Rule(
                        "plan year look-up (PlanYears)", StackSampler.inClass("se.maltavla.api.PlanYears")),
                new StackSampler.Rule("JSON writing (Jackson)", StackSampler.inPackage("tools.jackson.")),
                new StackSampler.Rule("other Måltavla code", StackSampler.inPackage("se.maltavla.")),
                new StackSampler.Rule("Spring MVC", StackSampler.inPackage("org.springframework.web.")),
                new StackSampler.Rule(
                        "Spring Security (other)", StackSampler.inPackage("org.springframework.security.")));
    }
}
