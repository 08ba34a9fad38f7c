package se.maltavla.dataimport.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One streaming pass over a file's bytes: SHA-256 checksum, byte order mark, whether the bytes
 * are valid UTF-8, and whether the file is binary; then the delimiter from the header row.
 *
 * <p>Encoding rule (docs/import-contract.md §1): a BOM decides; without one, valid UTF-8 is UTF-8 and
 * anything else is Windows-1252. A file with NUL or other C0 control bytes (other than TAB, CR,
 * LF) is not text: Excel never writes them, and Windows-1252 would otherwise accept any bytes.
 */
public final class FileInspector {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int BUFFER = 1 << 16;

    private FileInspector() {}

    public static FileInspection inspect(Path file) {
        try {
            return doInspect(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file's SHA-256 (hex) and size, in one pass: for a workbook, which has no dialect. */
    public static Checksum checksum(Path file) {
        MessageDigest sha = sha256();
        long size = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[BUFFER];
            for (int n; (n = in.read(buf)) > 0; ) {
                sha.update(buf, 0, n);
                size += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Checksum(HexFormat.of().formatHex(sha.digest()), size);
    }

    public record Checksum(String sha256, long size) {}

    private static FileInspection doInspect(Path file) throws IOException {
        MessageDigest sha = sha256();
        long size = 0;
        byte[] head = new byte[4];
        int headLength = 0;
        boolean controlBytes = false;
        CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        boolean validUtf8 = true;
        ByteBuffer pending = ByteBuffer.allocate(BUFFER + 8);
        CharBuffer sink = CharBuffer.allocate(BUFFER + 8);

        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[BUFFER];
            int n;
            while ((n = in.read(buf)) > 0) {
                sha.update(buf, 0, n);
                for (int i = 0; i < n && headLength < 4; i++) {
                    head[headLength++] = buf[i];
                }
                if (!controlBytes) {
                    controlBytes = hasControlBytes(buf, n);
                }
                if (validUtf8) {
                    pending.put(buf, 0, n).flip();
                    sink.clear();
                    CoderResult result = utf8.decode(pending, sink, false);
                    validUtf8 = !result.isError();
                    pending.compact();
                }
                size += n;
            }
        }
        if (validUtf8) {
            pending.flip();
            sink.clear();
            validUtf8 = !utf8.decode(pending, sink, true).isError()
                    && !utf8.flush(sink).isError();
        }
        String checksum = HexFormat.of().formatHex(sha.digest());

        if (size == 0) {
            return unreadable(checksum, size, "file.empty");
        }
        Charset charset;
        int bom = 0;
        if (headLength >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            charset = StandardCharsets.UTF_8;
            bom = 3;
        } else if (headLength >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (headLength >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else {
            charset = validUtf8 ? StandardCharsets.UTF_8 : WINDOWS_1252;
        }
        if (bom != 2 && controlBytes) {
            return unreadable(checksum, size, "file.binary");
        }
        String header;
        try {
            header = HeaderLine.read(file, charset, bom);
        } catch (CsvFormatException e) {
            return unreadable(checksum, size, e.reasonKey(), e.args());
        }
        if (header == null || header.isBlank()) {
            return unreadable(checksum, size, "file.empty");
        }
        if (bom == 2 && header.indexOf('\0') >= 0) {
            return unreadable(checksum, size, "file.binary");
        }
        return new FileInspection(checksum, size, new Dialect(charset, bom, HeaderLine.delimiter(header)), null, null);
    }

    private static boolean hasControlBytes(byte[] buf, int n) {
        for (int i = 0; i < n; i++) {
            int b = buf[i] & 0xff;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0C) {
                return true;
            }
            if (b == 0x7F) {
                return true;
            }
        }
        return false;
    }

    private static FileInspection unreadable(String checksum, long size, String reason, Object... args) {
        return new FileInspection(checksum, size, null, reason, args);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
