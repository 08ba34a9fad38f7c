package se.maltavla.dataimport.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * The inbox folder: which files to import, and where they go afterwards (import-format.md §8.5):
 * {@code archive/YYYY-MM-DD/} for processed files, {@code failed/} for files rejected whole.
 * Reports are named after the file without its {@code .csv}: {@code utfall.csv} gets
 * {@code utfall.avvisade.csv} and {@code utfall.fel.txt}.
 */
final class Inbox {

    private final Path root;

    Inbox(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    /** Regular files directly in the inbox, except Excel's lock files (~$…) and hidden ones. */
    List<Path> files() {
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("~$"))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An archive place for the file that no other file has taken: name, then name-2, name-3 … */
    String archiveTarget(String fileName, LocalDate date) {
        return freeName("archive/" + date, fileName);
    }

    String failedTarget(String fileName) {
        return freeName("failed", fileName);
    }

    private String freeName(String folder, String fileName) {
        Path dir = root.resolve(folder);
        String stem = stem(fileName);
        String extension = fileName.substring(stem.length());
        String candidate = fileName;
        for (int n = 2; Files.exists(dir.resolve(candidate)) || Files.exists(dir.resolve(stem(candidate) + ".avvisade.csv"))
                || Files.exists(dir.resolve(stem(candidate) + ".fel.txt")); n++) {
            candidate = stem + "-" + n + extension;
        }
        return folder + "/" + candidate;
    }

    Path resolve(String relative) {
        return root.resolve(relative);
    }

    /** Moves a file to its target (relative to the inbox), atomically where the file system can. */
    void move(Path file, String target) {
        Path destination = root.resolve(target);
        try {
            Files.createDirectories(destination.getParent());
            try {
                Files.move(file, destination, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(file, destination);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report's path beside a target: {@code archive/…/utfall.csv} → {@code …/utfall<suffix>}. */
    Path report(String target, String suffix) {
        Path destination = root.resolve(target);
        return destination.resolveSibling(stem(destination.getFileName().toString()) + suffix);
    }

    static String stem(String fileName) {
        return fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
                ? fileName.substring(0, fileName.length() - 4)
                : fileName;
    }
}
