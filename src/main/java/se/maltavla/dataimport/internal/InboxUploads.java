package se.maltavla.dataimport.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.maltavla.dataimport.UploadRejectedException;
import se.maltavla.dataimport.UploadRejectedException.Reason;
import se.maltavla.dataimport.UploadedFile;

/**
 * Puts uploaded files into the inbox. The content goes to a hidden temporary file first (a name
 * starting with '.', which {@link Inbox#files()} skips), is flushed to disk, and only then gets
 * its name, by a hard link that fails rather than replace an existing file: a run starting
 * meanwhile sees the whole file or none of it, and no file in the inbox is ever overwritten.
 */
@Component
class InboxUploads {

    static final String TEMPORARY_PREFIX = ".upload-";
    private static final Duration STALE = Duration.ofDays(1);
    private static final Object MOVE_LOCK = new Object();

    private static final int REMEMBERED = 1_000;

    private final Path inbox;
    private final long limitBytes;
    private final java.util.Map<Path, FileStamp> completed = new java.util.concurrent.ConcurrentHashMap<>();

    InboxUploads(
            @Value("${maltavla.import.inbox}") String inbox,
            @Value("${maltavla.import.upload-max-bytes:52428800}") long limitBytes) {
        this.inbox = Path.of(inbox).toAbsolutePath().normalize();
        this.limitBytes = limitBytes;
    }

    Path inbox() {
        return inbox;
    }

    long limitBytes() {
        return limitBytes;
    }

    /** A file stored in the inbox, with its content's SHA-256 (as the import computes it). */
    record Stored(UploadedFile file, String checksum) {}

    Stored store(String givenName, InputStream content) {
        String name = UploadNames.sanitise(givenName)
                .orElseThrow(() -> new UploadRejectedException(
                        UploadNames.isOldExcel(givenName) ? Reason.OLD_EXCEL : Reason.NOT_CSV, givenName));
        try {
            Files.createDirectories(inbox);
            removeStaleTemporaries();
            Path temporary = inbox.resolve(TEMPORARY_PREFIX + UUID.randomUUID() + ".part");
            UploadedFile stored;
            java.security.MessageDigest sha = sha256();
            try {
                long size = copy(new java.security.DigestInputStream(content, sha), temporary, givenName);
                stored = new UploadedFile(
                        publish(temporary, name), size, java.util.HexFormat.of().formatHex(sha.digest()));
            } finally {
                Files.deleteIfExists(temporary);
            }
            remember(inbox.resolve(stored.storedName()));
            return new Stored(stored, stored.sha256());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Takes a stored upload out of the inbox again (its entry in the audit log could not be made). */
    void remove(UploadedFile stored) {
        Path file = inbox.resolve(stored.storedName());
        completed.remove(file.toAbsolutePath().normalize());
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.security.MessageDigest sha256() {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether the file is an upload of this process, unchanged since it got its name: it is whole,
     * so a run takes it at once ({@link Settling}).
     */
    boolean isCompleteUpload(Path file, FileStamp stamp) {
        return stamp.equals(completed.get(file.toAbsolutePath().normalize()));
    }

    private void remember(Path file) throws IOException {
        if (completed.size() >= REMEMBERED) {
            completed.clear(); // only the latest uploads matter: a run takes them within minutes
        }
        completed.put(file.toAbsolutePath().normalize(), FileStamp.of(file));
    }

    private long copy(InputStream content, Path temporary, String givenName) throws IOException {
        try (FileChannel channel =
                FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            OutputStream out = Channels.newOutputStream(channel);
            byte[] buffer = new byte[64 * 1024];
            long size = 0;
            for (int n; (n = content.read(buffer)) >= 0; ) {
                size += n;
                if (size > limitBytes) {
                    throw new UploadRejectedException(Reason.TOO_LARGE, givenName);
                }
                out.write(buffer, 0, n);
            }
            out.flush();
            channel.force(true);
            return size;
        }
    }

    /** Gives the complete file its name: the first of name, name-2, name-3 … not taken. */
    private String publish(Path temporary, String name) throws IOException {
        for (int attempt = 1; attempt < 10_000; attempt++) {
            String candidate = UploadNames.numbered(name, attempt);
            Path target = inbox.resolve(candidate);
            try {
                Files.createLink(target, temporary);
                return candidate;
            } catch (FileAlreadyExistsException taken) {
                // next number
            } catch (UnsupportedOperationException | IOException noHardLinks) {
                if (moveIfFree(temporary, target)) {
                    return candidate;
                }
            }
        }
        throw new IOException("No free name in " + inbox + " for " + name);
    }

    /** Where the file system has no hard links: a check and an atomic rename, one upload at a time. */
    private static boolean moveIfFree(Path temporary, Path target) throws IOException {
        synchronized (MOVE_LOCK) {
            if (Files.exists(target)) {
                return false;
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        }
    }

    /** Temporaries an interrupted upload left behind (the inbox ignores them, but they take space). */
    private void removeStaleTemporaries() throws IOException {
        Instant before = Instant.now().minus(STALE);
        try (Stream<Path> entries = Files.list(inbox)) {
            for (Path p : entries.filter(p -> p.getFileName().toString().startsWith(TEMPORARY_PREFIX))
                    .toList()) {
                if (Files.getLastModifiedTime(p).toInstant().isBefore(before)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
