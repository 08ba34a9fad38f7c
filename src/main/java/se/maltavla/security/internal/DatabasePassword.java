package se.maltavla.security.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded database's password: 32 random letters and digits, generated once and kept in
 * {@code DATA/database-password} (0600), read by every Måltavla process. Installations from before
 * have a database whose user has an empty password: on the first start after the upgrade the
 * password is written to {@code database-password.new}, set in the database ({@code SET PASSWORD}),
 * and only then the file is renamed, so that an interruption at any point is finished by the next
 * start and the password is never lost.
 */
final class DatabasePassword {

    static final String FILE = "database-password";
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int LENGTH = 32;
    private static final Logger LOG = LoggerFactory.getLogger(DatabasePassword.class);

    private DatabasePassword() {}

    /**
     * The password to connect with; sets it in an existing database that has none yet.
     *
     * @param database the database's path without ".mv.db"
     */
    static String ensure(Path dataDir, String url, String user, Path database) {
        Path file = dataDir.resolve(FILE);
        Path pending = dataDir.resolve(FILE + ".new");
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            String password = Files.exists(pending) ? read(pending) : create(pending);
            if (Files.exists(database.resolveSibling(database.getFileName() + ".mv.db"))) {
                setInExistingDatabase(url, user, password, file);
            }
            try {
                Files.move(pending, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (NoSuchFileException anotherProcess) {
                return read(file); // two processes started at once: the other one finished first
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Måltavla could not keep the database password in " + file + ": " + e.getMessage(), e);
        }
    }

    /** A database from before this version: its user has an empty password, or (after an interrupted upgrade) already this one. */
    private static void setInExistingDatabase(String url, String user, String password, Path file) {
        try (Connection connection = DriverManager.getConnection(url, user, "");
                Statement statement = connection.createStatement()) {
            statement.execute("SET PASSWORD '" + password + "'");
            LOG.warn(
                    "The embedded database had no password: it now has one, kept in {} (readable by this account only).",
                    file);
        } catch (SQLException emptyRefused) {
            try (Connection connection = DriverManager.getConnection(url, user, password)) {
                connection.isValid(1); // set by an earlier start that stopped before renaming the file
            } catch (SQLException bothRefused) {
                throw new IllegalStateException(
                        "Måltavla cannot open its database " + url + ": neither the password of " + file
                                + " nor an empty one is accepted. Put the database's password in " + file
                                + " (one line, readable by "
                                + "this account only), or set spring.datasource.password. (" + bothRefused.getMessage()
                                + ")",
                        bothRefused);
            }
        }
    }

    private static String create(Path pending) throws IOException {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        // Written whole under a name of its own, then linked as the pending file: a process starting
        // at the same moment either sees no pending file or a complete one, and both use the same.
        Path written = Files.getFileStore(pending.getParent()).supportsFileAttributeView(PosixFileAttributeView.class)
                ? Files.createTempFile(
                        pending.getParent(),
                        FILE,
                        ".tmp",
                        PosixFilePermissions.asFileAttribute(DataDirectory.OWNER_ONLY_FILE))
                : Files.createTempFile(pending.getParent(), FILE, ".tmp");
        try {
            Files.writeString(written, password + "\n", StandardCharsets.UTF_8);
            Files.createLink(pending, written);
            return password.toString();
        } catch (FileAlreadyExistsException anotherProcess) {
            return read(pending);
        } finally {
            Files.deleteIfExists(written);
        }
    }

    private static String read(Path file) throws IOException {
        String password = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (password.isEmpty()) {
            throw new IOException(file + " is empty");
        }
        return password;
    }
}
