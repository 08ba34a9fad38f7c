package se.maltavla.dataimport.ui;

import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import se.maltavla.dataimport.FileResult;
import se.maltavla.shared.ui.Formats;

/** Times, counts, sizes, file kinds and outcomes as the Import view writes them. */
final class ImportTexts {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ImportTexts() {}

    /** Swedish time, as the nightly run's schedule: "2026-11-23 14:02". */
    static String when(OffsetDateTime time) {
        return time == null ? "–" : WHEN.format(time.atZoneSameInstant(SWEDEN));
    }

    /** The file kind in words of the UI's language ("utfall", "measured values"); "–" when not recognised. */
    static String kind(Component view, String code) {
        if (code == null) {
            return "–";
        }
        String key = "import.kind." + code;
        String word = view.getTranslation(key);
        return word.startsWith("!") ? code : word;
    }

    /**
     * What became of a file, in words of the UI's language (the command line's summary has its own,
     * {@link se.maltavla.dataimport.RunSummaryFormatter}).
     *
     * @param counts whether an imported or stopped file also says its counts (the progress does; the
     *     runs list has them in columns)
     */
    static String outcome(Component view, FileResult file, boolean counts) {
        String rows = view.getTranslation(
                "summary.counts",
                file.rowsRead(),
                file.rowsNew(),
                file.rowsUpdated(),
                file.rowsUnchanged(),
                file.rowsRejected());
        String message = file.message() == null ? "" : file.message();
        return switch (file.status()) {
            case IMPORTED -> counts ? rows : view.getTranslation("import.file.imported");
            case FAILED ->
                view.getTranslation("import.file.status.FAILED", message) + (counts ? " (" + rows + ")" : "");
            case ALREADY_IMPORTED ->
                view.getTranslation("import.file.status.ALREADY_IMPORTED", when(file.previousImport()));
            case PROCESSING -> view.getTranslation("import.file.status.PROCESSING", file.rowsRead());
            case INTERRUPTED -> view.getTranslation("import.file.status.INTERRUPTED", file.rowsRead(), message);
            case REJECTED, WAITING, SKIPPED, UNREADABLE ->
                view.getTranslation("import.file.status." + file.status().name(), message);
        };
    }

    /** A count grouped as people read it: "100 000" / "100,000". */
    static String count(long n, Locale locale) {
        return Formats.decimal(BigDecimal.valueOf(n), locale);
    }

    /** A file size in whole MB, kB or bytes: "50 MB". */
    static String size(long bytes, Locale locale) {
        long mb = 1024 * 1024;
        if (bytes >= mb) {
            return Formats.decimal(
                            BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(mb), 1, java.math.RoundingMode.HALF_UP),
                            locale)
                    + " MB";
        }
        if (bytes >= 1024) {
            return Formats.decimal(
                            BigDecimal.valueOf(bytes)
                                    .divide(BigDecimal.valueOf(1024), 1, java.math.RoundingMode.HALF_UP),
                            locale)
                    + " kB";
        }
        return bytes + " B";
    }
}
