package se.maltavla.api;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/**
 * Why an import run failed, as the API tells every viewer: a sentence that says what a
 * coordinator can do, by the kind of failure, never the stored text itself (it may hold
 * exception texts and the server's paths; the details are in the log, under "Import run N").
 *
 * <p>The kind is read from the stored error's prefix {@code <kind>: } (e.g. {@code "database: …"});
 * a stored error without a known kind is {@value #INTERNAL}.
 */
final class RunError {

    static final String INTERNAL = "internal";
    /** The kinds the import may store, each with its sentence {@code api.run.error.<kind>}. */
    static final Set<String> KINDS = Set.of("database", "disk", "interrupted", INTERNAL);

    private static final Pattern PREFIX = Pattern.compile("^([a-z]{2,20}):");

    private RunError() {}

    /** The kind of a stored error; null when there is none. */
    static String kind(String stored) {
        if (stored == null) {
            return null;
        }
        Matcher prefix = PREFIX.matcher(stored);
        return prefix.find() && KINDS.contains(prefix.group(1)) ? prefix.group(1) : INTERNAL;
    }

    /** The sentence for a run's stored error in the reader's language; null when there is none. */
    static String text(long runId, String stored, MessageSource messages, Locale locale) {
        String kind = kind(stored);
        return kind == null ? null : messages.getMessage("api.run.error." + kind, new Object[] {String.valueOf(runId)}, locale);
    }
}
