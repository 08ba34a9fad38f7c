package se.maltavla.dataimport.csv;

import java.nio.charset.Charset;

/**
 * How one file is written: its encoding (and the length of its byte order mark, skipped when
 * reading) and its delimiter. Detected by {@link FileInspector}, per docs/import-contract.md §1.
 */
public record Dialect(Charset charset, int bomLength, char delimiter) {

    /** A name for summaries and the database: UTF-8, UTF-8-BOM, windows-1252, UTF-16LE, … */
    public String encodingName() {
        return charset.name() + (bomLength > 0 && charset.name().equals("UTF-8") ? "-BOM" : "");
    }

    public String delimiterName() {
        return switch (delimiter) {
            case '\t' -> "TAB";
            default -> String.valueOf(delimiter);
        };
    }
}
