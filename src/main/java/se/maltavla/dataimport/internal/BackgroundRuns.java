package se.maltavla.dataimport.internal;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The thread that runs imports started from the dashboard, off the UI's request threads. One is
 * enough: the import lock lets one run at a time anyway. Not a Spring {@code Executor} bean, so
 * that Spring Boot's own task executor stays as it is.
 */
@Component
class BackgroundRuns {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("import-dashboard-", 1).daemon(true).factory());

    <T> CompletableFuture<T> submit(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, executor);
    }

    /** A run interrupted by the shutdown is resumed by the next run (crash safety, docs/import-contract.md §8.7). */
    @PreDestroy
    void shutdown() {
        executor.shutdownNow();
    }
}
