package se.maltavla.benchmark;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The heap a measurement needed, from the garbage collector's notifications: the most heap in
 * use just before a collection (the peak: heap fills up until the collector runs), and the most
 * still live just after one (the working set). Reset at the start of each measurement.
 */
final class HeapWatch {

    record Peak(long usedBeforeGc, long liveAfterGc, long collections) {}

    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
    private final AtomicLong before = new AtomicLong();
    private final AtomicLong after = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();

    HeapWatch() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc)
                    .addNotificationListener(
                            (notification, handback) -> {
                                if (!notification
                                        .getType()
                                        .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                                    return;
                                }
                                var info = GarbageCollectionNotificationInfo.from(
                                                (CompositeData) notification.getUserData())
                                        .getGcInfo();
                                before.accumulateAndGet(heap(info.getMemoryUsageBeforeGc()), Math::max);
                                after.accumulateAndGet(heap(info.getMemoryUsageAfterGc()), Math::max);
                                collections.incrementAndGet();
                            },
                            null,
                            null);
        }
    }

    void reset() {
        System.gc();
        before.set(0);
        after.set(0);
        collections.set(0);
    }

    Peak peak() {
        long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return new Peak(Math.max(before.get(), now), after.get(), collections.get());
    }

    static long maxHeap() {
        return Runtime.getRuntime().maxMemory();
    }

    private long heap(Map<String, MemoryUsage> pools) {
        return pools.entrySet().stream()
                .filter(e -> heapPools.contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed())
                .sum();
    }
}
