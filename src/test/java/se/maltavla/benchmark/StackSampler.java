package se.maltavla.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A poor man's profiler: samples one thread's stack every few milliseconds and counts, per
 * labelled part of the work (the first rule whose frames match), how often the thread was there,
 * and how often of those it was inside the database driver or engine (H2 runs in the importing
 * thread; with PostgreSQL that is the driver waiting for the server). Good enough to say what
 * dominates; a safepoint-biased sampler, not a precise profiler.
 *
 * <p>It samples either one thread (the importing one) or every thread that is busy with a request
 * (the web server's: a thread name prefix and a frame that shows it is serving one), so that the
 * time of a view's requests adds up whichever of the server's threads took them.
 */
final class StackSampler implements AutoCloseable {

    record Rule(String label, Predicate<StackTraceElement[]> matches) {}

    static final class Bucket {
        long samples;
        long inDatabase;
    }

    private final Supplier<List<StackTraceElement[]>> stacks;
    private final List<Rule> rules;
    private final long intervalMillis;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>();
    private final Map<String, Long> otherTops = new LinkedHashMap<>();
    private final Thread sampler;
    private volatile boolean running = true;
    private long total;

    StackSampler(Thread target, List<Rule> rules, long intervalMillis) {
        this(() -> List.<StackTraceElement[]>of(target.getStackTrace()), rules, intervalMillis);
    }

    /** Samples every thread whose name starts with {@code namePrefix} while its stack matches {@code busy}. */
    static StackSampler busyThreads(
            String namePrefix, Predicate<StackTraceElement[]> busy, List<Rule> rules, long intervalMillis) {
        return new StackSampler(
                () -> Thread.getAllStackTraces().entrySet().stream()
                        .filter(e -> e.getKey().getName().startsWith(namePrefix) && busy.test(e.getValue()))
                        .map(Map.Entry::getValue)
                        .toList(),
                rules,
                intervalMillis);
    }

    private StackSampler(Supplier<List<StackTraceElement[]>> stacks, List<Rule> rules, long intervalMillis) {
        this.stacks = stacks;
        this.rules = rules;
        this.intervalMillis = intervalMillis;
        for (Rule rule : rules) {
            buckets.put(rule.label(), new Bucket());
        }
        buckets.put("other", new Bucket());
        this.sampler = Thread.ofPlatform().daemon().name("benchmark-sampler").start(this::loop);
    }

    static Predicate<StackTraceElement[]> inClass(String... classNames) {
        return stack -> {
            for (StackTraceElement frame : stack) {
                for (String name : classNames) {
                    if (frame.getClassName().equals(name)
                            || frame.getClassName().startsWith(name + "$")) {
                        return true;
                    }
                }
            }
            return false;
        };
    }

    static Predicate<StackTraceElement[]> inMethod(String className, String method) {
        return stack -> {
            for (StackTraceElement frame : stack) {
                if (frame.getClassName().equals(className)
                        && frame.getMethodName().startsWith(method)) {
                    return true;
                }
            }
            return false;
        };
    }

    static Predicate<StackTraceElement[]> inPackage(String prefix) {
        return stack -> {
            for (StackTraceElement frame : stack) {
                if (frame.getClassName().startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        };
    }

    private static final Predicate<StackTraceElement[]> IN_DATABASE =
            inPackage("org.h2.").or(inPackage("org.postgresql."));

    private void loop() {
        while (running) {
            for (StackTraceElement[] stack : stacks.get()) {
                if (stack.length > 0) {
                    record(stack);
                }
            }
            try {
                Thread.sleep(intervalMillis);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void record(StackTraceElement[] stack) {
        total++;
        String label = "other";
        for (Rule rule : rules) {
            if (rule.matches().test(stack)) {
                label = rule.label();
                break;
            }
        }
        Bucket bucket = buckets.get(label);
        bucket.samples++;
        if (IN_DATABASE.test(stack)) {
            bucket.inDatabase++;
        }
        if (label.equals("other")) {
            String top = stack[0].getClassName() + "." + stack[0].getMethodName();
            otherTops.merge(top, 1L, Long::sum);
        }
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

    /** Lines of the profile: share of samples per label, and the share of it inside the database. */
    synchronized List<String> report(String indent) {
        List<String> lines = new ArrayList<>();
        if (total == 0) {
            return lines;
        }
        lines.add(String.format(
                "%s%-62s %7s %8s",
                indent, "part of the work (" + total + " samples, " + intervalMillis + " ms apart)", "share", "in DB"));
        buckets.forEach((label, bucket) -> {
            if (bucket.samples > 0) {
                lines.add(String.format(
                        "%s%-62s %6.1f %% %6.1f %%",
                        indent, label, 100.0 * bucket.samples / total, 100.0 * bucket.inDatabase / total));
            }
        });
        if (!otherTops.isEmpty()) {
            String tops = otherTops.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(3)
                    .map(e -> e.getKey() + " ×" + e.getValue())
                    .reduce((a, b) -> a + ", " + b)
                    .orElse("");
            lines.add(indent + "  (other, top frames: " + tops + ")");
        }
        return lines;
    }
}
