package se.maltavla.benchmark;

import static se.maltavla.benchmark.NationalLoad.status;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Part 1 of the dashboard benchmark: log in as a viewer, then for each municipality choose it on
 * the overview and navigate to the overview again, timed in the browser (see {@link OverviewTiming}).
 * The first few are warm-up (the JVM's and the browser's caches): reported, not counted. Then a
 * few more while the server's request threads are sampled, to tell where the overview's server
 * time goes (not counted either: the sampling slows the server).
 */
final class BrowserRun {

    /** Municipalities shown after the measured ones while the server's threads are sampled. */
    static final int PROFILED = 5;

    private final String base;
    private final String username;
    private final String password;
    private final long sampleMillis;
    final List<OverviewTiming.Sample> warmup = new ArrayList<>();
    final List<OverviewTiming.Sample> samples = new ArrayList<>();
    List<String> profile = List.of();
    String browserVersion = "";

    BrowserRun(String base, String username, String password, long sampleMillis) {
        this.base = base;
        this.username = username;
        this.password = password;
        this.sampleMillis = sampleMillis;
    }

    BrowserRun run(List<String> municipalities, int warmupCount) throws Exception {
        status("1. The overview in headless Chromium: " + warmupCount + " warm-up and "
                + (municipalities.size() - warmupCount) + " measured municipalities…");
        try (OverviewTiming browser = new OverviewTiming(base)) {
            browserVersion = browser.browserVersion();
            browser.logIn(username, password);
            for (int i = 0; i < warmupCount; i++) {
                warmup.add(report(browser.measure(municipalities.get(i)), "warm-up"));
            }
            int measured = municipalities.size() - (sampleMillis > 0 ? PROFILED : 0);
            for (String municipality : municipalities.subList(warmupCount, measured)) {
                samples.add(report(browser.measure(municipality), ""));
            }
            // The profile on further municipalities: sampling every thread's stack stops the JVM
            // (a safepoint) each time, which would slow the measured ones.
            if (sampleMillis > 0) {
                try (StackSampler sampler =
                        StackSampler.busyThreads("http-nio-", REQUEST, overviewRules(), sampleMillis)) {
                    for (String municipality : municipalities.subList(measured, municipalities.size())) {
                        report(browser.measure(municipality), "profiled, not counted");
                    }
                    profile = sampler.report("     ");
                }
            }
        }
        return this;
    }

    private static OverviewTiming.Sample report(OverviewTiming.Sample s, String note) {
        status(String.format(
                "   %s  choose %5.0f ms, navigate %5.0f ms  %s",
                s.municipality(), s.switchMs(), s.navigationMs(), note));
        return s;
    }

    /** A server thread busy with a request (not waiting for one). */
    static final Predicate<StackTraceElement[]> REQUEST =
            StackSampler.inClass("org.apache.catalina.core.ApplicationFilterChain");

    private static List<StackSampler.Rule> overviewRules() {
        String f = "se.maltavla.fulfilment.internal.";
        return List.of(
                new StackSampler.Rule(
                        "StrategyService.overview (counts per strategy; SelectionBar)",
                        StackSampler.inMethod("se.maltavla.strategy.internal.DefaultStrategyService", "overview")),
                new StackSampler.Rule(
                        "StrategyService.municipalities (DashboardContext)",
                        StackSampler.inMethod(
                                "se.maltavla.strategy.internal.DefaultStrategyService", "municipalities")),
                new StackSampler.Rule(
                        "results of a date not stored yet: compute and store (Recomputer)",
                        StackSampler.inClass(f + "Recomputer")),
                new StackSampler.Rule(
                        "stored results read (ResultReader.find)", StackSampler.inClass(f + "ResultReader")),
                new StackSampler.Rule("guideline check (GuidelineLoader)", StackSampler.inClass(f + "GuidelineLoader")),
                new StackSampler.Rule(
                        "plan years (FulfilmentService.planYears)",
                        StackSampler.inMethod(f + "DefaultFulfilmentService", "planYears")),
                new StackSampler.Rule(
                        "remembered selection (SelectionService)",
                        StackSampler.inClass("se.maltavla.dashboard.internal.DefaultSelectionService")),
                new StackSampler.Rule("other Måltavla code (views, figures)", StackSampler.inPackage("se.maltavla.")),
                new StackSampler.Rule(
                        "Vaadin (UIDL, bootstrap page, static files)", StackSampler.inPackage("com.vaadin.")),
                new StackSampler.Rule(
                        "Spring Security (its filters)", StackSampler.inPackage("org.springframework.security.")));
    }
}
