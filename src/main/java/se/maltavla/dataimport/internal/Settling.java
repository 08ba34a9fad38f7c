package se.maltavla.dataimport.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which files of the inbox are complete enough to import (docs/import-format.md, "Lägga filer i
 * inkorgen"): a file that changed within the quiet period ({@code maltavla.import.quiet-period},
 * default 5 s) is watched until it has been quiet that long; one that changes meanwhile is still
 * being copied in and is left for a later run. Files uploaded from the Import view are written
 * whole before they get their name and are taken at once.
 *
 * <p>The import checks each file's stamp again after reading it and before archiving it
 * ({@link #unchanged}), so a file written to after this check is never archived as if whole.
 */
@Component
class Settling {

    private final Duration quietPeriod;
    private final InboxUploads uploads;

    Settling(@Value("${maltavla.import.quiet-period:5s}") Duration quietPeriod, InboxUploads uploads) {
        this.quietPeriod = quietPeriod;
        this.uploads = uploads;
    }

    /** The files split into those to import now (with their stamps) and those still changing. */
    Settled settle(List<Path> files, boolean immediate) {
        Map<Path, FileStamp> stamps = new LinkedHashMap<>();
        List<Path> unstamped = new ArrayList<>();
        for (Path file : files) {
            try {
                stamps.put(file, FileStamp.of(file));
            } catch (IOException gone) {
                unstamped.add(file); // the inspection says what is wrong with it
            }
        }
        List<Path> young = new ArrayList<>();
        Instant quietSince = Instant.now().minus(quietPeriod);
        if (!immediate && quietPeriod.isPositive()) {
            stamps.forEach((file, stamp) -> {
                if (stamp.lastChange().isAfter(quietSince) && !uploads.isCompleteUpload(file, stamp)) {
                    young.add(file);
                }
            });
        }
        List<Path> changing = new ArrayList<>();
        if (!young.isEmpty()) {
            Instant latest = young.stream()
                    .map(f -> stamps.get(f).lastChange())
                    .max(Instant::compareTo)
                    .orElseThrow();
            Duration wait = Duration.between(Instant.now(), latest.plus(quietPeriod));
            sleep(wait.isNegative() ? Duration.ZERO : wait.compareTo(quietPeriod) > 0 ? quietPeriod : wait);
            for (Path file : young) {
                if (!unchanged(file, stamps.get(file))) {
                    changing.add(file);
                    stamps.remove(file);
                }
            }
        }
        Map<Path, FileStamp> ready = new LinkedHashMap<>(stamps);
        unstamped.forEach(file -> ready.put(file, null));
        return new Settled(ready, changing);
    }

    /** Whether the file still has the stamp it had (false when it is gone or unreadable). */
    static boolean unchanged(Path file, FileStamp before) {
        if (before == null) {
            return true;
        }
        try {
            return FileStamp.of(file).equals(before);
        } catch (IOException e) {
            return false;
        }
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for files to be copied in", e);
        }
    }

    /**
     * @param ready the files to import now, each with its stamp (null when it could not be read)
     * @param changing the files still being written to: left for a later run
     */
    record Settled(Map<Path, FileStamp> ready, List<Path> changing) {}
}
