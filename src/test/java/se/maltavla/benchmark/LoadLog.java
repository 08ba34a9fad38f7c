package se.maltavla.benchmark;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * What the clients of {@link ImportUnderLoadTest} saw, thread-safe: every answer by kind of
 * request and status with its latency, every failure (an answer that was wrong, an exception, a
 * timeout), and per client the start of its latest finished request, so that the test can wait
 * until each client has been served while the import ran.
 */
final class LoadLog {

    /** Failures kept in full; later ones are only counted. */
    private static final int KEPT = 40;

    /** One client: the requests it finished and whether its thread still runs. */
    final class Client {
        private final String name;
        private volatile long lastStarted = Long.MIN_VALUE;
        private volatile boolean alive = true;
        private final AtomicLong finished = new AtomicLong();
        private final AtomicLong duringImport = new AtomicLong();

        private Client(String name) {
            this.name = name;
        }

        /** An answer that was what it should be. */
        void answered(String kind, String status, long startedNanos) {
            long nanos = System.nanoTime() - startedNanos;
            counts.computeIfAbsent(kind + " " + status, k -> new AtomicLong()).incrementAndGet();
            latencies.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(nanos);
            finish(startedNanos);
        }

        /** A wrong answer, an exception or a timeout. */
        void failed(String kind, long startedNanos, String what) {
            counts.computeIfAbsent(kind + " failed", k -> new AtomicLong()).incrementAndGet();
            long n = failureCount.incrementAndGet();
            if (n <= KEPT) {
                failures.add(name + ", " + kind + ": " + what);
            }
            finish(startedNanos);
        }

        void ended() {
            alive = false;
        }

        private void finish(long startedNanos) {
            finished.incrementAndGet();
            lastStarted = startedNanos;
            if (importStarted && startedNanos - importStart >= 0 && (!importEnded || startedNanos - importEnd <= 0)) {
                duringImport.incrementAndGet();
            }
        }
    }

    private final List<Client> clients = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final Map<String, Queue<Long>> latencies = new ConcurrentHashMap<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final AtomicLong failureCount = new AtomicLong();

    private volatile long importStart;
    private volatile boolean importStarted;
    private volatile long importEnd;
    private volatile boolean importEnded;

    void importStarted() {
        importStart = System.nanoTime();
        importStarted = true;
    }

    void importEnded() {
        importEnd = System.nanoTime();
        importEnded = true;
    }

    Client client(String name) {
        Client client = new Client(name);
        clients.add(client);
        return client;
    }

    /**
     * Waits until every client has finished a request started at or after {@code sinceNanos} (or
     * has stopped); false when the time ran out first.
     */
    boolean awaitEveryClientServedSince(long sinceNanos, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Predicate<Client> done = c -> !c.alive || c.lastStarted - sinceNanos >= 0 && c.lastStarted != Long.MIN_VALUE;
        while (!clients.stream().allMatch(done)) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    /**
     * Waits until every client has finished a request that it started while the import ran (or
     * has stopped); false when the time ran out first.
     */
    boolean awaitEveryClientServedDuringImport(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!clients.stream().allMatch(c -> !c.alive || c.duringImport.get() > 0)) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    /** Requests started while the import ran, of all clients. */
    long duringImport() {
        return clients.stream().mapToLong(c -> c.duringImport.get()).sum();
    }

    /** Clients that stopped before they were told to (their failures say why). */
    List<String> stoppedClients() {
        return clients.stream().filter(c -> !c.alive).map(c -> c.name).toList();
    }

    long failureCount() {
        return failureCount.get();
    }

    List<String> failures() {
        List<String> all = new ArrayList<>(failures);
        if (failureCount.get() > all.size()) {
            all.add("… and " + (failureCount.get() - all.size()) + " more");
        }
        return all;
    }

    long count(String kind, String status) {
        AtomicLong n = counts.get(kind + " " + status);
        return n == null ? 0 : n.get();
    }

    /** Requests, answers per kind and status, and latency percentiles per kind. */
    void print(PrintStream out) {
        Map<String, Map<String, Long>> byKind = new TreeMap<>();
        counts.forEach((key, n) -> {
            int space = key.lastIndexOf(' ');
            byKind.computeIfAbsent(key.substring(0, space), k -> new TreeMap<>())
                    .put(key.substring(space + 1), n.get());
        });
        long total = counts.values().stream().mapToLong(AtomicLong::get).sum();
        out.printf("  %-26s %8s  %-34s %8s %8s %8s%n", "request", "count", "answers", "p50 ms", "p95 ms", "max ms");
        byKind.forEach((kind, statuses) -> {
            long count = statuses.values().stream().mapToLong(Long::longValue).sum();
            List<Long> sorted = latencies.getOrDefault(kind, new ConcurrentLinkedQueue<>()).stream()
                    .sorted()
                    .toList();
            out.printf(
                    "  %-26s %8d  %-34s %8s %8s %8s%n",
                    kind,
                    count,
                    statuses.toString().replaceAll("[{}]", ""),
                    ms(sorted, 0.50),
                    ms(sorted, 0.95),
                    ms(sorted, 1.0));
        });
        List<Long> all =
                latencies.values().stream().flatMap(Queue::stream).sorted().toList();
        out.printf(
                "  %-26s %8d  %-34s %8s %8s %8s%n",
                "all", total, failureCount.get() + " failed", ms(all, 0.50), ms(all, 0.95), ms(all, 1.0));
    }

    private static String ms(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return "–";
        }
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return String.format("%.0f", sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6);
    }
}
