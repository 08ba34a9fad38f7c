package se.maltavla.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** An inbox folder for a test: files written as Excel would, and what the run left behind. */
public final class TestInbox {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final Path root;

    public TestInbox(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** Writes UTF-8 without BOM, lines joined with CRLF. */
    public Path write(String name, String... lines) {
        return write(name, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8, false);
    }

    public Path write(String name, String content, Charset charset, boolean bom) {
        try {
            byte[] body = content.getBytes(charset);
            byte[] mark = !bom
                    ? new byte[0]
                    : charset.equals(StandardCharsets.UTF_8)
                            ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
                            : charset.equals(StandardCharsets.UTF_16LE)
                                    ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                                    : new byte[] {(byte) 0xFE, (byte) 0xFF};
            byte[] all = new byte[mark.length + body.length];
            System.arraycopy(mark, 0, all, 0, mark.length);
            System.arraycopy(body, 0, all, mark.length, body.length);
            return Files.write(root.resolve(name), all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path writeBytes(String name, byte[] bytes) {
        try {
            return Files.write(root.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a sample-data folder's files into the inbox. */
    public void copySamples(String municipality) {
        Path folder = Path.of("sample-data", municipality);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                Files.copy(file, root.resolve(file.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Files left in the inbox itself (not archived, not failed). */
    public List<String> remaining() {
        return list(root);
    }

    /** The files of the only archive folder (archive/YYYY-MM-DD). */
    public List<String> archived() {
        Path archive = root.resolve("archive");
        if (!Files.isDirectory(archive)) {
            return List.of();
        }
        List<Path> days = listPaths(archive);
        return days.isEmpty()
                ? List.of()
                : days.stream().flatMap(d -> list(d).stream()).sorted().toList();
    }

    public Path archivedFile(String name) {
        return listPaths(root.resolve("archive")).getFirst().resolve(name);
    }

    public List<String> failed() {
        Path failed = root.resolve("failed");
        return Files.isDirectory(failed) ? list(failed) : List.of();
    }

    public String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> list(Path dir) {
        return listPaths(dir).stream()
                .filter(Files::isRegularFile)
                .map(p -> p.getFileName().toString())
                .sorted()
                .toList();
    }

    private static List<Path> listPaths(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
