package se.maltavla.benchmark;

import java.io.PrintStream;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/** The dashboard benchmark's summary: what was measured, the figures, and each target met or not. */
final class DashboardReport {

    private final PrintStream out;

    DashboardReport(PrintStream out) {
        this.out = out;
    }

    void print(
            String started,
            String database,
            boolean production,
            NationalDataSet data,
            BrowserRun browser,
            ApiRun api,
            double[] load,
            List<String> failures) {
        out.println();
        out.println("Måltavla dashboard benchmark — " + started);
        out.println("  data      " + NationalLoad.fmt(data.rows) + " utfall values, " + data.municipalities.size()
                + " municipalities, " + NationalLoad.fmt(data.indicators) + " indicators, plan year "
                + NationalDataSet.PLAN_YEAR + " (imported and recomputed before measuring)");
        out.println("  database  " + database);
        out.println("  server    Måltavla in this JVM: Tomcat on 127.0.0.1, Vaadin production mode "
                + (production ? "yes" : "NO") + "; " + Runtime.version() + ", max heap "
                + NationalLoad.mb(HeapWatch.maxHeap()) + ", "
                + Runtime.getRuntime().availableProcessors()
                + " cores, load average "
                + String.format("%.1f before the measurements, %.1f at the end", load[0], load[1]));
        out.println("  browser   " + browser.browserVersion + ", headless, logged in as a viewer");
        out.println();
        out.println("  1. Overview in headless Chromium, " + browser.samples.size() + " municipalities at random ("
                + browser.warmup.size() + " more before them as warm-up, not counted)");
        out.println(String.format("     %-58s %8s %8s %8s", "", "median", "p95", "max"));
        row(
                "navigation → overview rendered (#attention, Vaadin idle)",
                browser.samples,
                OverviewTiming.Sample::navigationMs);
        row("  of which: HTML page received (responseEnd)", browser.samples, OverviewTiming.Sample::documentMs);
        row("  of which: scripts and styles loaded (loadEventEnd)", browser.samples, OverviewTiming.Sample::loadMs);
        row(
                "choose the municipality in the select → overview rebuilt",
                browser.samples,
                OverviewTiming.Sample::switchMs);
        out.println("     warm-up: "
                + browser.warmup.stream()
                        .map(s -> String.format(
                                "%s navigate %.0f ms, choose %.0f ms",
                                s.municipality(), s.navigationMs(), s.switchMs()))
                        .collect(Collectors.joining("; ")));
        profile(
                "where the server's request threads spent their time (" + BrowserRun.PROFILED
                        + " more municipalities, sampled, not counted)",
                browser.profile);

        ApiLoad.Result m = api.measured;
        out.println();
        out.println(String.format(
                "  2. API GET /api/v1/municipalities/{kommun}/years/%d/results (HTTP Basic, all %d "
                        + "municipalities in turn), wrk %s",
                NationalDataSet.PLAN_YEAR, data.municipalities.size(), m.options()));
        out.println(String.format(
                "     %,d requests in %.1f s = %.0f requests/s, %d errors; the server's CPU time %.1f ms "
                        + "per request",
                m.requests(), m.seconds(), m.requestsPerSecond(), m.errors(), api.serverCpuMsPerRequest));
        out.println(String.format(
                "     latency  p50 %.1f ms   p90 %.1f ms   p95 %.1f ms   p99 %.1f ms   max %.1f ms   mean %.1f ms",
                m.ms("p50"), m.ms("p90"), m.ms("p95"), m.ms("p99"), m.ms("max"), m.ms("mean")));
        ApiLoad.Result r = api.revalidated;
        out.println(String.format(
                "     with If-None-Match (the last answer's ETag, 304 without a body): %,d requests = %.0f "
                        + "requests/s, %d errors; p50 %.1f ms   p95 %.1f ms   p99 %.1f ms   max %.1f ms",
                r.requests(), r.requestsPerSecond(), r.errors(), r.ms("p50"), r.ms("p95"), r.ms("p99"), r.ms("max")));
        out.println(String.format(
                "     warm-up (5 s, not counted): %,d requests, p95 %.1f ms",
                api.warmup.requests(), api.warmup.ms("p95")));
        out.println(String.format(
                "     one connection (10 s, for information): %.0f requests/s, p50 %.1f ms, p95 %.1f ms",
                api.single.requestsPerSecond(), api.single.ms("p50"), api.single.ms("p95")));
        profile("where the server's request threads spent their time (10 s more, sampled, not counted)", api.profile);

        out.println();
        out.println("  verdict");
        verdict(
                "overview after navigation, p95",
                percentile(browser.samples, OverviewTiming.Sample::navigationMs, 95),
                DashboardBenchmark.OVERVIEW_TARGET_MS,
                String.format("max %.0f ms", percentile(browser.samples, OverviewTiming.Sample::navigationMs, 100)));
        verdict(
                "overview after choosing a municipality, p95",
                percentile(browser.samples, OverviewTiming.Sample::switchMs, 95),
                DashboardBenchmark.OVERVIEW_TARGET_MS,
                String.format("max %.0f ms", percentile(browser.samples, OverviewTiming.Sample::switchMs, 100)));
        verdict(
                "API results endpoint, p95 at " + m.connections() + " connections",
                m.ms("p95"),
                DashboardBenchmark.API_P95_TARGET_MS,
                m.errors() == 0 ? "no errors" : m.errors() + " ERRORS");
        verdict(
                "API results revalidated (If-None-Match), p95",
                r.ms("p95"),
                DashboardBenchmark.API_REVALIDATED_P95_TARGET_MS,
                r.errors() == 0 ? "no errors" : r.errors() + " ERRORS");
        failures.forEach(f -> out.println("  VERIFICATION FAILED: " + f));
        out.println();
        out.println(
                failures.isEmpty() ? "  Every measurement ran and was verified." : "  Some checks FAILED (see above).");
    }

    private void row(
            String label, List<OverviewTiming.Sample> samples, ToDoubleFunction<OverviewTiming.Sample> figure) {
        out.println(String.format(
                "     %-58s %5.0f ms %5.0f ms %5.0f ms",
                label,
                percentile(samples, figure, 50),
                percentile(samples, figure, 95),
                percentile(samples, figure, 100)));
    }

    private void profile(String title, List<String> lines) {
        if (!lines.isEmpty()) {
            out.println("     " + title + ":");
            lines.forEach(out::println);
        }
    }

    private void verdict(String label, double measured, double target, String note) {
        out.println(String.format(
                "    %-52s %7.1f ms   target ≤ %4.0f ms   %-6s  (%s)",
                label, measured, target, measured <= target ? "MET" : "MISSED", note));
    }

    /** Nearest-rank percentile (the median of an even count is the lower middle value). */
    static double percentile(
            List<OverviewTiming.Sample> samples, ToDoubleFunction<OverviewTiming.Sample> figure, int p) {
        double[] sorted = samples.stream().mapToDouble(figure).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
