package se.maltavla.dataimport.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files still being copied into the inbox are left for a later run (issue 9, point 3): a file
 * that changes during the quiet period is not taken; a quiet one is; an upload from the Import
 * view is whole when it gets its name and is taken at once, whatever the quiet period.
 */
class SettlingTest {

    @TempDir
    Path inbox;

    @Test
    void a_file_written_to_during_the_quiet_period_is_left_and_a_quiet_one_is_taken() throws Exception {
        Path quiet = Files.writeString(inbox.resolve("plan.csv"), "kommun;namnd\n1081;KS\n");
        Path growing = inbox.resolve("utfall.csv");
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread writer = Thread.ofPlatform().start(() -> {
            try (OutputStream out =
                    Files.newOutputStream(growing, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                for (int row = 0; writing.get(); row++) {
                    out.write(("1081;I1;2016;" + row + "\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    Thread.sleep(50);
                }
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            Thread.sleep(200);
            Settling settling = new Settling(Duration.ofSeconds(1), new InboxUploads(inbox.toString(), 1_000_000));

            Settling.Settled settled = settling.settle(List.of(quiet, growing), false);

            assertThat(settled.ready()).containsOnlyKeys(quiet);
            assertThat(settled.changing()).containsExactly(growing);
        } finally {
            writing.set(false);
            writer.join();
        }
    }

    @Test
    void an_upload_is_taken_at_once_whatever_the_quiet_period() {
        InboxUploads uploads = new InboxUploads(inbox.toString(), 1_000_000);
        var stored =
                uploads.store("utfall.csv", new ByteArrayInputStream("kommun;indikator_kod;period;varde\n".getBytes()));
        Path file = inbox.resolve(stored.file().storedName());
        Settling settling = new Settling(Duration.ofMinutes(10), uploads);

        Settling.Settled settled =
                assertTimeoutPreemptively(Duration.ofSeconds(30), () -> settling.settle(List.of(file), false));

        assertThat(settled.ready()).containsOnlyKeys(file);
    }

    @Test
    void a_file_changed_after_it_was_taken_is_seen_as_changed() throws Exception {
        Path file = Files.writeString(inbox.resolve("utfall.csv"), "a\n");
        FileStamp taken = FileStamp.of(file);
        assertThat(Settling.unchanged(file, taken)).isTrue();

        Files.writeString(file, "b\n", StandardOpenOption.APPEND);

        assertThat(Settling.unchanged(file, taken)).isFalse();
        Files.delete(file);
        assertThat(Settling.unchanged(file, taken)).as("gone").isFalse();
    }
}
