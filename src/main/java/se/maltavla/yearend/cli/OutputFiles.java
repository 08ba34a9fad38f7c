package se.maltavla.yearend.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The files the subcommands write: named relative to where {@code jobs/year-end} was called from,
 * and written whole or not at all (into a hidden file beside the target, then moved over it).
 */
final class OutputFiles {

    /** Writes a document to a stream. */
    @FunctionalInterface
    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private OutputFiles() {}

    /** The file the user named: relative to where jobs/year-end was called from (it runs Java in the project's folder). */
    static Path target(String named) {
        String caller = System.getenv("MALTAVLA_CALLER_DIR");
        Path base = caller == null || caller.isBlank() ? Path.of("") : Path.of(caller);
        return base.resolve(named).toAbsolutePath().normalize();
    }

    /** Writes the whole document, or leaves the target as it was and no temporary file behind. */
    static void writeWhole(Path target, Writer writer) throws IOException {
        Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                writer.write(out);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
