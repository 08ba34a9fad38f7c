package se.maltavla.benchmark;

import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.stream.Collectors;
import se.maltavla.benchmark.YearEndBenchmark.Iteration;
import se.maltavla.benchmark.YearEndBenchmark.Step;
import se.maltavla.benchmark.YearEndBenchmark.Timing;

/** The year-end benchmark's summary: every iteration's times, then per step the median, max and the target. */
final class YearEndResults {

    private final PrintStream out;

    YearEndResults(PrintStream out) {
        this.out = out;
    }

    void print(
            String started,
            String database,
            NationalDataSet data,
            List<Iteration> iterations,
            double[] load,
            List<String> profile,
            List<String> failures) {
        out.println();
        out.println("Måltavla year-end benchmark — " + started);
        out.println(
                "  data      " + data.municipalities.size() + " municipalities, " + NationalLoad.fmt(data.indicators)
                        + " indicators, " + NationalLoad.fmt(data.rows) + " utfall values, plan year "
                        + NationalDataSet.PLAN_YEAR + " (every indicator with a value at its end)");
        out.println("  database  " + database);
        out.println("  jvm       " + Runtime.version() + ", max heap " + NationalLoad.mb(HeapWatch.maxHeap()) + ", "
                + ManagementFactory.getGarbageCollectorMXBeans().stream()
                        .map(GarbageCollectorMXBean::getName)
                        .collect(Collectors.joining(" + "))
                + ", " + Runtime.getRuntime().availableProcessors() + " cores, load average "
                + String.format("%.1f before, %.1f after the measured iterations", load[0], load[1]));
        out.println("  each: jobs/year-end's YearEndCommand; lock after a reopen (not timed), then report and slides "
                + "of the version just locked. ms = wall time (cpu = the thread's CPU time)");
        out.println();
        out.println(String.format(
                "  %3s %-9s %-6s %4s %18s %18s %6s %18s %6s",
                "#", "kind", "kommun", "ver", "lock ms (cpu)", "report ms (cpu)", "pages", "slides ms (cpu)", "pages"));
        out.println("  " + "-".repeat(100));
        for (Iteration i : iterations) {
            out.println(String.format(
                    "  %3d %-9s %-6s %4d %18s %18s %6d %18s %6d",
                    i.number(),
                    i.kind(),
                    i.municipality(),
                    i.version(),
                    cell(i.timings().get(Step.LOCK)),
                    cell(i.timings().get(Step.REPORT)),
                    i.reportPages(),
                    cell(i.timings().get(Step.SLIDES)),
                    i.slidePages()));
        }
        List<Iteration> measured =
                iterations.stream().filter(i -> i.kind().equals("measured")).toList();
        out.println();
        out.println("  verdict (" + measured.size() + " measured iterations, after "
                + iterations.stream().filter(i -> i.kind().equals("warm-up")).count() + " warm-up)");
        for (Step step : Step.values()) {
            verdict(step, measured);
        }
        if (!profile.isEmpty()) {
            out.println();
            out.println("  where the time goes (the profiled iterations, not the measured ones)");
            profile.forEach(out::println);
        }
        failures.forEach(f -> out.println("  VERIFICATION FAILED: " + f));
        out.println();
        out.println(
                failures.isEmpty()
                        ? "  Every lock, snapshot, report and presentation verified."
                        : "  Some checks FAILED (see above).");
    }

    private void verdict(Step step, List<Iteration> measured) {
        long[] wall = measured.stream()
                .mapToLong(i -> i.timings().get(step).wallNanos())
                .sorted()
                .toArray();
        if (wall.length == 0) {
            out.println(String.format("    %-11s not measured", step.label));
            return;
        }
        long[] cpu = measured.stream()
                .mapToLong(i -> i.timings().get(step).cpuNanos())
                .sorted()
                .toArray();
        long over = java.util.Arrays.stream(wall)
                .filter(w -> w > step.targetMillis * 1_000_000)
                .count();
        out.println(String.format(
                "    %-11s median %6d ms  max %6d ms  (cpu median %6d ms)   target ≤ %d ms   %s",
                step.label,
                median(wall) / 1_000_000,
                wall[wall.length - 1] / 1_000_000,
                median(cpu) / 1_000_000,
                step.targetMillis,
                over == 0
                        ? "MET (every measured iteration)"
                        : "MISSED (" + over + " of " + wall.length + " iterations over; median "
                                + (median(wall) <= step.targetMillis * 1_000_000 ? "within" : "over") + ")"));
    }

    private static long median(long[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String cell(Timing timing) {
        return String.format("%6d (%6d)", timing.wallNanos() / 1_000_000, timing.cpuNanos() / 1_000_000);
    }
}
