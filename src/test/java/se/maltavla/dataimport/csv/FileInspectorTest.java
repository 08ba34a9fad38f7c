package se.maltavla.dataimport.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encoding, byte order mark, binary files and the delimiter (docs/import-contract.md §1), without Spring. */
class FileInspectorTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    @TempDir
    Path folder;

    private Path file(byte[] bom, String text, Charset charset) throws IOException {
        byte[] body = text.getBytes(charset);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return Files.write(folder.resolve("f.csv"), all);
    }

    private Path bytes(byte... content) throws IOException {
        return Files.write(folder.resolve("f.csv"), content);
    }

    @Test
    void utf8_without_bom_is_utf8() throws IOException {
        FileInspection inspection =
                FileInspector.inspect(file(new byte[0], "kommun;namn\r\n1081;Växjö\r\n", StandardCharsets.UTF_8));
        assertThat(inspection.readable()).isTrue();
        assertThat(inspection.dialect()).isEqualTo(new Dialect(StandardCharsets.UTF_8, 0, ';'));
        assertThat(inspection.dialect().encodingName()).isEqualTo("UTF-8");
    }

    @Test
    void utf8_bom_decides_and_is_skipped() throws IOException {
        FileInspection inspection =
                FileInspector.inspect(file(UTF8_BOM, "kommun;namn\r\n1081;Växjö\r\n", StandardCharsets.UTF_8));
        assertThat(inspection.dialect()).isEqualTo(new Dialect(StandardCharsets.UTF_8, 3, ';'));
        assertThat(inspection.dialect().encodingName()).isEqualTo("UTF-8-BOM");
    }

    @Test
    void bytes_that_are_not_valid_utf8_are_windows_1252() throws IOException {
        FileInspection inspection =
                FileInspector.inspect(file(new byte[0], "kommun;namn\r\n1081;Växjö\r\n", WINDOWS_1252));
        assertThat(inspection.dialect().charset()).isEqualTo(WINDOWS_1252);
        assertThat(inspection.dialect().bomLength()).isZero();
    }

    @Test
    void windows_1252_detected_even_when_the_only_non_ascii_byte_is_far_into_the_file() throws IOException {
        StringBuilder text = new StringBuilder("kommun;namn\r\n");
        for (int i = 0; i < 20_000; i++) {
            text.append("1081;rad ").append(i).append("\r\n");
        }
        text.append("1081;Växjö\r\n");
        FileInspection inspection = FileInspector.inspect(file(new byte[0], text.toString(), WINDOWS_1252));
        assertThat(inspection.dialect().charset()).isEqualTo(WINDOWS_1252);
    }

    @Test
    void utf16le_with_bom_tab_separated_as_excel_unicode_text() throws IOException {
        FileInspection inspection =
                FileInspector.inspect(file(UTF16LE_BOM, "kommun\tnamn\r\n1081\tVäxjö\r\n", StandardCharsets.UTF_16LE));
        assertThat(inspection.readable()).isTrue();
        assertThat(inspection.dialect()).isEqualTo(new Dialect(StandardCharsets.UTF_16LE, 2, '\t'));
        assertThat(inspection.dialect().delimiterName()).isEqualTo("TAB");
    }

    @Test
    void utf16be_with_bom() throws IOException {
        FileInspection inspection =
                FileInspector.inspect(file(UTF16BE_BOM, "kommun\tnamn\r\n1081\tVäxjö\r\n", StandardCharsets.UTF_16BE));
        assertThat(inspection.dialect()).isEqualTo(new Dialect(StandardCharsets.UTF_16BE, 2, '\t'));
    }

    @Test
    void delimiter_semicolon_comma_and_tab_from_the_header() throws IOException {
        assertThat(FileInspector.inspect(file(new byte[0], "a;b;c\n1,5;2;3\n", StandardCharsets.UTF_8))
                        .dialect()
                        .delimiter())
                .isEqualTo(';');
        assertThat(FileInspector.inspect(file(new byte[0], "a,b,c\n1;2,3,4\n", StandardCharsets.UTF_8))
                        .dialect()
                        .delimiter())
                .isEqualTo(',');
        assertThat(FileInspector.inspect(file(new byte[0], "a\tb\tc\n1;2\t3\t4\n", StandardCharsets.UTF_8))
                        .dialect()
                        .delimiter())
                .isEqualTo('\t');
    }

    @Test
    void delimiter_inside_quoted_header_names_does_not_count() throws IOException {
        assertThat(FileInspector.inspect(file(new byte[0], "\"a,x,y\";b;c\n", StandardCharsets.UTF_8))
                        .dialect()
                        .delimiter())
                .isEqualTo(';');
    }

    @Test
    void blank_lines_above_the_header_are_not_the_header() throws IOException {
        assertThat(FileInspector.inspect(file(new byte[0], "\r\n\r\na,b,c\r\n1,2,3\r\n", StandardCharsets.UTF_8))
                        .dialect()
                        .delimiter())
                .isEqualTo(',');
    }

    @Test
    void empty_file_is_unreadable_as_empty() throws IOException {
        FileInspection inspection = FileInspector.inspect(bytes());
        assertThat(inspection.readable()).isFalse();
        assertThat(inspection.unreadableReason()).isEqualTo("file.empty");
        assertThat(inspection.sizeBytes()).isZero();
        assertThat(inspection.checksum()).hasSize(64);
    }

    @Test
    void file_of_only_a_bom_or_blank_lines_is_empty() throws IOException {
        assertThat(FileInspector.inspect(bytes(UTF8_BOM)).unreadableReason()).isEqualTo("file.empty");
        assertThat(FileInspector.inspect(file(new byte[0], "\r\n  \r\n", StandardCharsets.UTF_8))
                        .unreadableReason())
                .isEqualTo("file.empty");
    }

    @Test
    void png_bytes_are_binary() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0
        };
        FileInspection inspection = FileInspector.inspect(bytes(png));
        assertThat(inspection.readable()).isFalse();
        assertThat(inspection.unreadableReason()).isEqualTo("file.binary");
    }

    @Test
    void zip_bytes_are_binary() throws IOException {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 'a', 'b', 'c'};
        assertThat(FileInspector.inspect(bytes(zip)).unreadableReason()).isEqualTo("file.binary");
    }

    @Test
    void utf16_file_holding_nul_characters_is_binary() throws IOException {
        FileInspection inspection =
                FileInspector.inspect(file(UTF16LE_BOM, "a\tb\u0000c\r\n", StandardCharsets.UTF_16LE));
        assertThat(inspection.unreadableReason()).isEqualTo("file.binary");
    }

    @Test
    void checksum_depends_on_content_only() throws IOException {
        Path a = Files.writeString(folder.resolve("a.csv"), "kommun;namn\n1081;x\n");
        Path b = Files.writeString(folder.resolve("b.csv"), "kommun;namn\n1081;x\n");
        Path c = Files.writeString(folder.resolve("c.csv"), "kommun;namn\n1081;y\n");
        assertThat(FileInspector.inspect(a).checksum())
                .isEqualTo(FileInspector.inspect(b).checksum())
                .isNotEqualTo(FileInspector.inspect(c).checksum());
        assertThat(FileInspector.inspect(a).sizeBytes()).isEqualTo(19);
    }
}
