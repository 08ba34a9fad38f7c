package se.maltavla.dataimport.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/** The header row's first physical line, and the delimiter it uses (import-format.md §1). */
final class HeaderLine {

    private HeaderLine() {}

    static String read(Path file, Charset charset, int bomLength) throws IOException {
        try (var in = Files.newInputStream(file)) {
            in.skipNBytes(bomLength);
            var reader = new BufferedReader(new InputStreamReader(in, charset));
            String line;
            // Excel may leave blank lines above the header; the header is the first non-blank line.
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    return line;
                }
            }
            return null;
        }
    }

    /**
     * The most frequent of {@code ;}, TAB and {@code ,} outside quotes; on a tie the Swedish
     * Excel choice {@code ;} wins, then TAB. A header with none of them is a one-column file: ';'.
     */
    static char delimiter(String header) {
        int semicolons = 0;
        int tabs = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                switch (c) {
                    case ';' -> semicolons++;
                    case '\t' -> tabs++;
                    case ',' -> commas++;
                    default -> { }
                }
            }
        }
        if (semicolons >= tabs && semicolons >= commas && semicolons > 0) {
            return ';';
        }
        if (tabs >= commas && tabs > 0) {
            return '\t';
        }
        return commas > 0 ? ',' : ';';
    }
}
