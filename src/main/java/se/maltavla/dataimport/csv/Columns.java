package se.maltavla.dataimport.csv;

import java.util.Map;
import se.maltavla.dataimport.value.Fold;

/**
 * Header names: folded (case, å/ä/ö, spaces, '-' and '_') and English aliases mapped to the
 * canonical Swedish name (docs/import-contract.md §1 and §7). Canonical names are folded too, so
 * {@code mal_kod} is {@code malkod} here.
 */
public final class Columns {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("municipality", "kommun"),
            Map.entry("strategy", "strategi"),
            Map.entry("type", "typ"),
            Map.entry("code", "kod"),
            Map.entry("name", "namn"),
            Map.entry("description", "beskrivning"),
            Map.entry("links", "kopplingar"),
            Map.entry("group", "grupp"),
            Map.entry("validfrom", "giltigfran"),
            Map.entry("validto", "giltigtill"),
            Map.entry("adopted", "antagen"),
            Map.entry("committee", "namnd"),
            Map.entry("year", "ar"),
            Map.entry("goalcode", "malkod"),
            Map.entry("goal", "mal"),
            Map.entry("indicatorcode", "indikatorkod"),
            Map.entry("indicator", "indikator"),
            Map.entry("unit", "enhet"),
            Map.entry("direction", "riktning"),
            Map.entry("baseline", "utgangsvarde"),
            Map.entry("target", "malvarde"),
            Map.entry("targetdate", "maldatum"),
            Map.entry("weight", "vikt"),
            Map.entry("owner", "agare"),
            Map.entry("executor", "utforare"),
            Map.entry("anchored", "forankrad"),
            Map.entry("reported", "rapporterad"),
            Map.entry("perspectives", "perspektiv"),
            Map.entry("value", "varde"),
            Map.entry("comment", "kommentar"),
            Map.entry("reportedby", "rapporteradav"),
            Map.entry("activitycode", "aktivitetkod"),
            Map.entry("aktivitetskod", "aktivitetkod"),
            Map.entry("country", "land"),
            Map.entry("funder", "finansiar"),
            Map.entry("lastperiod", "senasteperiod"),
            Map.entry("lastvalue", "senastevarde"));

    private static final Map<String, String> DISPLAY = Map.ofEntries(
            Map.entry("giltigfran", "giltig_fran"),
            Map.entry("giltigtill", "giltig_till"),
            Map.entry("malkod", "mal_kod"),
            Map.entry("indikatorkod", "indikator_kod"),
            Map.entry("rapporteradav", "rapporterad_av"),
            Map.entry("aktivitetkod", "aktivitet_kod"),
            Map.entry("budgetsek", "budget_sek"),
            Map.entry("externfinansieringsek", "extern_finansiering_sek"),
            Map.entry("senasteperiod", "senaste_period"),
            Map.entry("senastevarde", "senaste_varde"));

    private Columns() {}

    /** The spec's spelling of a canonical column name: {@code malkod} → {@code mal_kod}. */
    public static String display(String canonical) {
        return DISPLAY.getOrDefault(canonical, canonical);
    }

    /** The canonical (folded) column name for a header cell as written in a file. */
    public static String canonical(String header) {
        String folded = Fold.fold(header);
        return ALIASES.getOrDefault(folded, folded);
    }
}
