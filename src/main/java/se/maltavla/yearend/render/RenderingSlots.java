package se.maltavla.yearend.render;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import se.maltavla.yearend.DocumentsBusyException;

/**
 * How many PDFs are drawn at once: one per processor. A PDF takes a processor and tens of
 * megabytes for about a second; a hundred report requests at once (an API client in a loop, a
 * hostile insider) would otherwise exhaust the heap. Further requests wait their turn, in order,
 * and give up with {@link DocumentsBusyException} after {@code wait}.
 */
final class RenderingSlots {

    static final RenderingSlots SHARED =
            new RenderingSlots(Math.max(1, Runtime.getRuntime().availableProcessors()), Duration.ofSeconds(60));

    private final Semaphore slots;
    private final Duration wait;

    RenderingSlots(int slots, Duration wait) {
        this.slots = new Semaphore(slots, true);
        this.wait = wait;
    }

    /** Runs the drawing in a slot, waiting for one at most {@code wait}. */
    void draw(Runnable drawing) {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DocumentsBusyException();
        }
        if (!acquired) {
            throw new DocumentsBusyException();
        }
        try {
            drawing.run();
        } finally {
            slots.release();
        }
    }
}
