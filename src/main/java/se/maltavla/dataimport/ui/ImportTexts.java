package se.maltavla.dataimport.ui;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import se.maltavla.shared.ui.Formats;

/** Times, counts and sizes as the Import view writes them. */
final class ImportTexts {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ImportTexts() {}

    /** Swedish time, as the nightly run's schedule: "2026-11-23 14:02". */
    static String when(OffsetDateTime time) {
        return time == null ? "–" : WHEN.format(time.atZoneSameInstant(SWEDEN));
    }

    /** A count grouped as people read it: "100 000" / "100,000". */
    static String count(long n, Locale locale) {
        return Formats.decimal(BigDecimal.valueOf(n), locale);
    }

    /** A file size in whole MB, kB or bytes: "50 MB". */
    static String size(long bytes, Locale locale) {
        long mb = 1024 * 1024;
        if (bytes >= mb) {
            return Formats.decimal(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(mb), 1, java.math.RoundingMode.HALF_UP), locale) + " MB";
        }
        if (bytes >= 1024) {
            return Formats.decimal(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024), 1, java.math.RoundingMode.HALF_UP), locale) + " kB";
        }
        return bytes + " B";
    }
}
