package se.maltavla.security.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data folder (the database, its lock file with the key to H2's server, the database password,
 * by default the inbox) readable by the service's account only: the folder 0700, the files directly
 * in it 0600. Run before the database opens; files made later are covered by the folder (and by
 * the jobs/ scripts' umask 077). Where the file system has no POSIX permissions, nothing is done.
 */
final class DataDirectory {

    static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Logger LOG = LoggerFactory.getLogger(DataDirectory.class);

    private DataDirectory() {}

    static void secure(Path dataDir) {
        try {
            boolean posix =
                    Files.getFileStore(existing(dataDir)).supportsFileAttributeView(PosixFileAttributeView.class);
            if (!posix) {
                Files.createDirectories(dataDir);
                return;
            }
            if (!Files.isDirectory(dataDir)) {
                Files.createDirectories(dataDir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
            }
            boolean changed = restrict(dataDir, OWNER_ONLY_DIRECTORY);
            try (Stream<Path> files = Files.list(dataDir)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    if (Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        changed |= restrict(file, OWNER_ONLY_FILE);
                    }
                }
            }
            if (changed) {
                LOG.info("Made {} readable by this account only (the folder 0700, its files 0600).", dataDir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Måltavla could not create or protect its data folder " + dataDir + " (maltavla.data-dir): "
                            + e.getMessage(),
                    e);
        }
    }

    /** Takes group and other permissions away; says whether there were any. */
    private static boolean restrict(Path path, Set<PosixFilePermission> wanted) throws IOException {
        Set<PosixFilePermission> current = Files.getPosixFilePermissions(path, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        if (wanted.containsAll(current)) {
            return false;
        }
        try {
            Files.setPosixFilePermissions(path, wanted);
            return true;
        } catch (IOException notOurs) {
            LOG.warn(
                    "Could not make {} readable by this account only ({}): change its owner or permissions.",
                    path,
                    notOurs.getMessage());
            return false;
        }
    }

    private static Path existing(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing == null ? Path.of("").toAbsolutePath() : existing;
    }
}
