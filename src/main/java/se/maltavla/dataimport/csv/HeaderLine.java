package se.maltavla.dataimport.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/** The header row's first physical line, and the delimiter it uses (docs/import-contract.md §1). */
final class HeaderLine {

    private HeaderLine() {}

    /**
     * The first non-blank line, or null when there is none. A line longer than
     * {@link CsvLimits#MAX_ROW_CHARS} is not read into memory: {@link CsvFormatException}.
     */
    static String read(Path file, Charset charset, int bomLength) throws IOException {
        try (var in = Files.newInputStream(file)) {
            in.skipNBytes(bomLength);
            var reader = new BufferedReader(new InputStreamReader(in, charset));
            StringBuilder line = new StringBuilder();
            long number = 1;
            int c;
            boolean previousWasCr = false;
            // Excel may leave blank lines above the header; the header is the first non-blank line.
            while ((c = reader.read()) >= 0) {
                if (c == '\n' || c == '\r') {
                    if (!(c == '\n' && previousWasCr)) {
                        if (!line.toString().isBlank()) {
                            return line.toString();
                        }
                        number++;
                        line.setLength(0);
                    }
                    previousWasCr = c == '\r';
                    continue;
                }
                previousWasCr = false;
                if (line.length() >= CsvLimits.MAX_ROW_CHARS) {
                    throw new CsvFormatException(number, "file.rowtoolong", CsvLimits.MAX_ROW_CHARS, null);
                }
                line.append((char) c);
            }
            return line.toString().isBlank() ? null : line.toString();
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
                    default -> {}
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
