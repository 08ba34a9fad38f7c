package se.maltavla.dataimport.row;

import java.util.Map;

/**
 * The longest text each column may hold, in characters (docs/import-format.md, "Gränser"): what
 * the database stores for it. A longer value rejects its row with a reason that names the limit;
 * it is never cut short silently. Columns not listed (numbers, dates, fixed words) hold at most
 * {@link #OTHER} characters before they are even parsed.
 */
public final class ColumnLimits {

    static final int OTHER = 1_000;

    private static final Map<String, Integer> LIMITS = Map.ofEntries(
            Map.entry("strategi", 100),
            Map.entry("kod", 100),
            Map.entry("malkod", 100),
            Map.entry("indikatorkod", 100),
            Map.entry("aktivitetkod", 100),
            Map.entry("enhet", 100),
            Map.entry("namnd", 500),
            Map.entry("grupp", 500),
            Map.entry("antagen", 500),
            Map.entry("agare", 500),
            Map.entry("utforare", 500),
            Map.entry("rapporteradav", 500),
            Map.entry("finansiar", 500),
            Map.entry("namn", 1_000),
            Map.entry("partner", 1_000),
            Map.entry("indikator", 2_000),
            Map.entry("mal", 4_000),
            Map.entry("kommentar", 4_000),
            Map.entry("beskrivning", 8_000),
            Map.entry("text", 20_000));

    private ColumnLimits() {}

    /** The most characters a value of the (canonical) column may have. */
    public static int of(String column) {
        return LIMITS.getOrDefault(column, OTHER);
    }

    /** Every listed column and its limit (for the documentation's test). */
    public static Map<String, Integer> all() {
        return LIMITS;
    }
}
