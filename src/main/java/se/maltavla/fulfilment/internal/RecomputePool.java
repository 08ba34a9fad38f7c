package se.maltavla.fulfilment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The threads of a full recompute: its plan years in chunks, each chunk a task, on at most
 * {@code maltavla.fulfilment.recompute-threads} threads (default: one per core), for the length
 * of one recompute.
 */
@Component
class RecomputePool {

    private final int threads;

    RecomputePool(@Value("${maltavla.fulfilment.recompute-threads:0}") int threads) {
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    /**
     * Runs {@code work} on each chunk of {@code chunkSize} items and adds up the tallies, once
     * every chunk is done. A chunk's runtime exception is thrown as it is.
     */
    <T> RecomputeTally inChunks(List<T> items, int chunkSize, Function<List<T>, RecomputeTally> work) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < items.size(); i += chunkSize) {
            chunks.add(items.subList(i, Math.min(items.size(), i + chunkSize)));
        }
        RecomputeTally total = RecomputeTally.NONE;
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, chunks.size())))) {
            List<Future<RecomputeTally>> futures = new ArrayList<>();
            for (List<T> chunk : chunks) {
                futures.add(pool.submit(() -> work.apply(chunk)));
            }
            for (Future<RecomputeTally> future : futures) {
                total = total.plus(future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Recompute interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
        return total;
    }
}
