package se.maltavla.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a reporter (rapportör) reports for: one municipality (its four-digit code) and one or more
 * of its nämnder, named as the import files name them in the column {@code namnd}. Names are
 * compared as the import compares them: trimmed, case-insensitive, runs of spaces as one.
 *
 * @param municipality the municipality's code, null for a user who may report for nothing
 * @param committees the nämnder as written, each once (by {@link #committeeKey})
 */
public record ReporterBinding(String municipality, List<String> committees) {

    /** May report for nothing: a reporter not bound yet, or an uploader whose rights were taken away. */
    public static final ReporterBinding NOTHING = new ReporterBinding(null, List.of());

    public ReporterBinding {
        Map<String, String> unique = new LinkedHashMap<>();
        for (String committee : committees == null ? List.<String>of() : committees) {
            if (committee != null && !committee.isBlank()) {
                unique.putIfAbsent(committeeKey(committee), committee.trim().replaceAll("\\s+", " "));
            }
        }
        committees = List.copyOf(new ArrayList<>(unique.values()));
        municipality = municipality == null || municipality.isBlank() ? null : municipality.trim();
    }

    /** The import's identity of a nämnd's name (the committee table's name_key). */
    public static String committeeKey(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    public Set<String> committeeKeys() {
        return Set.copyOf(committees.stream().map(ReporterBinding::committeeKey).toList());
    }

    public boolean covers(String municipalityCode, String committeeName) {
        return municipality != null
                && municipality.equals(municipalityCode)
                && committeeName != null
                && committeeKeys().contains(committeeKey(committeeName));
    }

    /** Whether it allows anything at all. */
    public boolean isEmpty() {
        return municipality == null || committees.isEmpty();
    }
}
