package se.maltavla.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where one thread's time goes while it does one named step at a time (the year-end benchmark's
 * lock, report and slides): its stack is read every few milliseconds while a step is on, and each
 * sample is counted for the innermost Måltavla method on the stack and the library the thread was
 * in at the time (the top frame's package), e.g. "SnapshotJson.write ← jackson". No rules to keep
 * up to date; safepoint-biased and coarse, like {@link StackSampler}, but it names what dominates.
 */
final class StepProfiler implements AutoCloseable {

    private static final String OWN = "se.maltavla.";
    private static final String BENCHMARK = "se.maltavla.benchmark.";
    private static final String[][] LIBRARIES = {
        {"org.h2.", "H2"},
        {"org.postgresql.", "PostgreSQL driver"},
        {"org.jooq.", "jOOQ"},
        {"com.zaxxer.hikari.", "Hikari"},
        {"tools.jackson.", "Jackson"},
        {"com.fasterxml.jackson.", "Jackson"},
        {"com.openhtmltopdf.", "openhtmltopdf"},
        {"org.apache.pdfbox.", "PDFBox"},
        {"org.apache.fontbox.", "FontBox"},
        {"org.apache.batik.", "Batik (SVG)"},
        {"org.jfree.", "JFreeChart"},
        {"org.springframework.", "Spring"},
        {"java.util.regex.", "regex"},
        {"java.", "JDK"},
        {"javax.", "JDK"},
        {"jdk.", "JDK"},
        {"sun.", "JDK"},
        {"com.sun.", "JDK"},
        {"org.w3c.", "JDK (XML)"},
        {"org.xml.", "JDK (XML)"}
    };

    private final Thread target;
    private final long intervalMillis;
    private final Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    private final Map<String, Long> totals = new HashMap<>();
    private final Thread sampler;
    private volatile String step;
    private volatile boolean running = true;

    StepProfiler(Thread target, long intervalMillis) {
        this.target = target;
        this.intervalMillis = intervalMillis;
        this.sampler = Thread.ofPlatform().daemon().name("benchmark-profiler").start(this::loop);
    }

    /** Samples from now on count for this step; null: none (the benchmark's own checks). */
    void step(String name) {
        step = name;
    }

    private void loop() {
        while (running) {
            String now = step;
            if (now != null) {
                StackTraceElement[] stack = target.getStackTrace();
                // The step may have ended while the stack was read: such a sample is not counted.
                if (stack.length > 0 && now.equals(step)) {
                    record(now, stack);
                }
            }
            try {
                Thread.sleep(intervalMillis);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void record(String now, StackTraceElement[] stack) {
        String own = "(outside Måltavla's code)";
        for (StackTraceElement frame : stack) {
            String name = frame.getClassName();
            if (name.startsWith(OWN) && !name.startsWith(BENCHMARK)) {
                own = name.substring(name.lastIndexOf('.') + 1) + "." + frame.getMethodName();
                break;
            }
        }
        String label = own + " ← " + library(stack[0].getClassName());
        counts.computeIfAbsent(now, k -> new HashMap<>()).merge(label, 1L, Long::sum);
        totals.merge(now, 1L, Long::sum);
    }

    private static String library(String className) {
        if (className.startsWith(OWN)) {
            return "own code";
        }
        for (String[] library : LIBRARIES) {
            if (className.startsWith(library[0])) {
                return library[1];
            }
        }
        int dot = className.indexOf('.', className.indexOf('.') + 1);
        return dot < 0 ? className : className.substring(0, dot);
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Per step, the places with at least 2 % of its samples, most first. */
    synchronized List<String> report(String indent, int limit) {
        List<String> lines = new ArrayList<>();
        counts.forEach((name, places) -> {
            long total = totals.get(name);
            lines.add(indent + name + " (" + total + " samples, " + intervalMillis
                    + " ms apart): innermost Måltavla method ← where the thread was");
            places.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .filter(e -> e.getValue() * 50 >= total)
                    .limit(limit)
                    .forEach(e -> lines.add(
                            String.format("%s  %5.1f %%  %s", indent, 100.0 * e.getValue() / total, e.getKey())));
        });
        return lines;
    }
}
