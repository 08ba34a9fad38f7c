package se.maltavla.dataimport.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The inbox folder: which files to import, and where they go afterwards (docs/import-contract.md §8.5):
 * {@code archive/YYYY-MM-DD/} for processed files, {@code failed/} for files rejected whole.
 * Reports are named after the file without its {@code .csv} (or {@code .xlsx}, {@code .xlsm}):
 * {@code utfall.csv} gets {@code utfall.avvisade.csv} and {@code utfall.fel.txt}.
 */
final class Inbox {

    private final Path root;

    Inbox(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    /**
     * What lies directly in the inbox, except Excel's lock files (~$…), hidden names (.…) and the
     * inbox's own archive/ and failed/ folders: the files to import (a link to a file counts as
     * the file), links whose target is gone, and entries that are not files (a folder named
     * x.csv, a device), which are reported and left alone.
     */
    InboxScan scan() {
        List<Path> files = new ArrayList<>();
        List<Path> brokenLinks = new ArrayList<>();
        List<Path> notFiles = new ArrayList<>();
        try (Stream<Path> entries = Files.list(root)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                if (name.startsWith("~$") || name.startsWith(".")) {
                    continue;
                }
                if (Files.isRegularFile(entry)) {
                    files.add(entry);
                } else if (Files.isSymbolicLink(entry) && !Files.exists(entry)) {
                    brokenLinks.add(entry);
                } else if (!(Files.isDirectory(entry) && (name.equals("archive") || name.equals("failed")))) {
                    notFiles.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new InboxScan(files, brokenLinks, notFiles);
    }

    /** Regular files directly in the inbox (see {@link #scan()}). */
    List<Path> files() {
        return scan().files();
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
        for (int n = 2;
                Files.exists(dir.resolve(candidate))
                        || Files.exists(dir.resolve(stem(candidate) + ".avvisade.csv"))
                        || Files.exists(dir.resolve(stem(candidate) + ".fel.txt"));
                n++) {
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
                // NOFOLLOW_LINKS: a link is moved as the link, never its target.
                Files.move(file, destination, StandardCopyOption.ATOMIC_MOVE, java.nio.file.LinkOption.NOFOLLOW_LINKS);
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

    /** The name without .csv, .xlsx or .xlsm: the reports' names start with it. */
    static String stem(String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        for (String extension : List.of(".csv", ".xlsx", ".xlsm")) {
            if (lower.endsWith(extension)) {
                return fileName.substring(0, fileName.length() - extension.length());
            }
        }
        return fileName;
    }
}
