package se.maltavla.dataimport.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The inbox name of an uploaded file: the last part of whatever path the browser sent, without
 * control or formatting characters (a right-to-left override can disguise "exe.csv"), with only
 * letters, digits, '.', '_' and '-' (others become '-'), never starting with '.' or '~' (the
 * inbox would ignore it, docs/import-contract.md §1), at most 100 characters before a lower-case ".csv",
 * ".xlsx" or ".xlsm" (an Excel workbook, read by its content).
 */
final class UploadNames {

    static final int MAX_STEM = 100;
    private static final java.util.List<String> EXTENSIONS = java.util.List.of(".csv", ".xlsx", ".xlsm");

    private UploadNames() {}

    /** The safe name, or empty when the name given is not a .csv, .xlsx or .xlsm file's. */
    static Optional<String> sanitise(String given) {
        String name = lastPart(given == null ? "" : given);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cc}\\p{Cf}]", "")
                .strip();
        String extension = extension(name);
        if (extension == null) {
            return Optional.empty();
        }
        String stem = name.substring(0, name.length() - extension.length())
                .replaceAll("[^\\p{L}\\p{M}\\p{N}._-]+", "-")
                .replaceAll("\\.{2,}", ".")
                .replaceAll("^[-._]+", "")
                .replaceAll("[-.]+$", "");
        if (stem.codePointCount(0, stem.length()) > MAX_STEM) {
            stem = stem.substring(0, stem.offsetByCodePoints(0, MAX_STEM)).replaceAll("[-.]+$", "");
        }
        return Optional.of((stem.isEmpty() ? "fil" : stem) + extension);
    }

    /** {@code name.csv}, then {@code name-2.csv}, {@code name-3.csv} … for the n-th attempt. */
    static String numbered(String safeName, int attempt) {
        if (attempt <= 1) {
            return safeName;
        }
        String extension = extension(safeName);
        return safeName.substring(0, safeName.length() - extension.length()) + "-" + attempt + extension;
    }

    /** Whether the name is an older Excel workbook's (.xls): refused with its own advice. */
    static boolean isOldExcel(String given) {
        return given != null && given.strip().toLowerCase(Locale.ROOT).endsWith(".xls");
    }

    /** The name's accepted extension, lower-case, or null. */
    private static String extension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().filter(lower::endsWith).findFirst().orElse(null);
    }

    private static String lastPart(String given) {
        int slash = Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\'));
        return given.substring(slash + 1);
    }
}
