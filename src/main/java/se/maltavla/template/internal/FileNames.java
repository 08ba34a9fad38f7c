package se.maltavla.template.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * File names a person recognises and every system takes: "utfall-2017-Ronneby-Kultur- och
 * fritidsnämnden.xlsx". Swedish letters are kept (NFC, as Windows and macOS both show them; a zip
 * marks its names UTF-8); what Windows refuses is replaced by a space: {@code \ / : * ? " < > |},
 * control characters, and dots and spaces at the end. A name never starts with a dot or names a
 * device (CON, NUL, …): it starts with the template's kind. Long parts are cut.
 */
final class FileNames {

    static final int MAX_PART = 60;

    private FileNames() {}

    /** The parts joined by '-', each made safe, and the extension. */
    static String of(String extension, String... parts) {
        StringBuilder name = new StringBuilder();
        for (String part : parts) {
            String safe = safe(part);
            if (safe.isEmpty()) {
                continue;
            }
            if (!name.isEmpty()) {
                name.append('-');
            }
            name.append(safe);
        }
        return name + "." + extension;
    }

    static String safe(String part) {
        if (part == null) {
            return "";
        }
        String text = Normalizer.normalize(part, Normalizer.Form.NFC)
                .replaceAll(
                        "[\\\\/:*?\"<>|\\p{Cntrl}\\p{Zl}\\p{Zp}\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]",
                        " ")
                .replaceAll("\\s+", " ")
                .strip();
        if (text.codePointCount(0, text.length()) > MAX_PART) {
            text = text.substring(0, text.offsetByCodePoints(0, MAX_PART)).strip();
        }
        return text.replaceAll("^[. ]+|[. ]+$", "");
    }

    /** The name, or with " (2)", " (3)" … before the extension when an earlier entry has it (in any case). */
    static String unique(String name, Set<String> taken) {
        int dot = name.lastIndexOf('.');
        String base = name.substring(0, dot);
        String extension = name.substring(dot);
        String candidate = name;
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = base + " (" + n + ")" + extension;
        }
        return candidate;
    }
}
