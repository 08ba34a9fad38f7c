package se.maltavla.api;

import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;

/**
 * Why an import run failed, as the API tells every viewer: a sentence in the reader's language
 * that says what a coordinator can do, chosen by the kind of failure the import stored
 * ({@link se.maltavla.dataimport.ImportRunSummary#errorKind()}); the details are in the server's
 * log, under "Import run N". An unknown kind is {@value #INTERNAL}.
 */
final class RunError {

    static final String INTERNAL = "internal";
    /** The kinds the import stores, each with its sentence {@code api.run.error.<kind>}. */
    static final Set<String> KINDS = Set.of("database", "disk", "files", "memory", "rerun", "interrupted", INTERNAL);

    private RunError() {}

    /** The kind as the API names it; null when the run did not fail. */
    static String kind(String stored) {
        if (stored == null) {
            return null;
        }
        return KINDS.contains(stored) ? stored : INTERNAL;
    }

    /** The sentence for a run's kind of failure in the reader's language; null when there is none. */
    static String text(long runId, String storedKind, MessageSource messages, Locale locale) {
        String kind = kind(storedKind);
        return kind == null
                ? null
                : messages.getMessage("api.run.error." + kind, new Object[] {String.valueOf(runId)}, locale);
    }
}
