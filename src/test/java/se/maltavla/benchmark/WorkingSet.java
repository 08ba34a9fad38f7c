package se.maltavla.benchmark;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * What the import itself keeps in the heap (issue 13: "the peak heap reported honestly"): a
 * thread that, while an untimed repetition of the import runs, forces a full collection every
 * half second and reads what is still live. The peak heap of the timed run only says how full
 * the heap got, which with G1 and {@code -Xmx256m} is nearly always all of it; this is the
 * working set. The heap live before the import starts (the Spring context, the database's own
 * page cache) is read the same way and reported apart.
 */
final class WorkingSet implements AutoCloseable {

    record Sample(long nanos, long live) {}

    record Result(long before, long most, int samples) {}

    private final List<Sample> samples = new ArrayList<>();
    private final long before;
    private final long started;
    private final Thread probe;
    private volatile boolean stop;

    WorkingSet() {
        this.before = liveNow();
        this.started = System.nanoTime();
        this.probe = Thread.ofPlatform().daemon().name("working-set-probe").start(this::probe);
    }

    private void probe() {
        while (!stop) {
            long live = liveNow();
            synchronized (samples) {
                samples.add(new Sample(System.nanoTime() - started, live));
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static long liveNow() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The most live heap among the samples taken in the first {@code nanos} of the run (the rows, not the recompute after them). */
    Result within(long nanos) {
        synchronized (samples) {
            List<Sample> inside =
                    samples.stream().filter(s -> s.nanos() <= nanos).toList();
            return new Result(
                    before, inside.stream().mapToLong(Sample::live).max().orElse(before), inside.size());
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop = true;
        probe.interrupt();
        probe.join();
    }
}
