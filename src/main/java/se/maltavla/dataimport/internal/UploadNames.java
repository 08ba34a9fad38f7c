package se.maltavla.dataimport.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The inbox name of an uploaded file: the last part of whatever path the browser sent, without
 * control or formatting characters (a right-to-left override can disguise "exe.csv"), with only
 * letters, digits, '.', '_' and '-' (others become '-'), never starting with '.' or '~' (the
 * inbox would ignore it, docs/import-contract.md §1), at most 100 characters before a lower-case ".csv".
 */
final class UploadNames {

    static final int MAX_STEM = 100;
    private static final String EXTENSION = ".csv";

    private UploadNames() {}

    /** The safe name, or empty when the name given is not a .csv file's. */
    static Optional<String> sanitise(String given) {
        String name = lastPart(given == null ? "" : given);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cc}\\p{Cf}]", "")
                .strip();
        if (!name.toLowerCase(Locale.ROOT).endsWith(EXTENSION)) {
            return Optional.empty();
        }
        String stem = name.substring(0, name.length() - EXTENSION.length())
                .replaceAll("[^\\p{L}\\p{M}\\p{N}._-]+", "-")
                .replaceAll("\\.{2,}", ".")
                .replaceAll("^[-._]+", "")
                .replaceAll("[-.]+$", "");
        if (stem.codePointCount(0, stem.length()) > MAX_STEM) {
            stem = stem.substring(0, stem.offsetByCodePoints(0, MAX_STEM)).replaceAll("[-.]+$", "");
        }
        return Optional.of((stem.isEmpty() ? "fil" : stem) + EXTENSION);
    }

    /** {@code name.csv}, then {@code name-2.csv}, {@code name-3.csv} … for the n-th attempt. */
    static String numbered(String safeName, int attempt) {
        if (attempt <= 1) {
            return safeName;
        }
        return safeName.substring(0, safeName.length() - EXTENSION.length()) + "-" + attempt + EXTENSION;
    }

    private static String lastPart(String given) {
        int slash = Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\'));
        return given.substring(slash + 1);
    }
}
