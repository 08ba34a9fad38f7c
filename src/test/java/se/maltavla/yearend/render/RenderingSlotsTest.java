package se.maltavla.yearend.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.maltavla.yearend.DocumentsBusyException;

/** A hundred PDF requests at once draw a few at a time; one that waits too long is told to ask again. */
class RenderingSlotsTest {

    @Test
    void no_more_drawings_run_at_once_than_there_are_slots() throws Exception {
        RenderingSlots slots = new RenderingSlots(2, Duration.ofSeconds(30));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        try (ExecutorService requests = Executors.newFixedThreadPool(12)) {
            for (int i = 0; i < 24; i++) {
                requests.submit(() -> slots.draw(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    running.decrementAndGet();
                    done.incrementAndGet();
                }));
            }
        }
        assertThat(done).hasValue(24);
        assertThat(most.get()).isBetween(1, 2);
    }

    @Test
    void a_request_that_finds_every_slot_busy_for_too_long_is_refused_and_takes_no_slot() throws Exception {
        RenderingSlots slots = new RenderingSlots(1, Duration.ofMillis(200));
        CountDownLatch drawing = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Thread slow = Thread.ofPlatform()
                .start(() -> slots.draw(() -> {
                    drawing.countDown();
                    try {
                        finish.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        drawing.await();

        assertThatThrownBy(() -> slots.draw(() -> {})).isInstanceOf(DocumentsBusyException.class);

        finish.countDown();
        slow.join();
        AtomicInteger after = new AtomicInteger();
        slots.draw(after::incrementAndGet);
        assertThat(after).as("the refused request left the slot free").hasValue(1);
    }

    @Test
    void a_drawing_that_fails_gives_its_slot_back() {
        RenderingSlots slots = new RenderingSlots(1, Duration.ofMillis(200));
        assertThatThrownBy(() -> slots.draw(() -> {
                    throw new IllegalStateException("broken font");
                }))
                .hasMessage("broken font");
        AtomicInteger after = new AtomicInteger();
        slots.draw(after::incrementAndGet);
        assertThat(after).hasValue(1);
    }
}
