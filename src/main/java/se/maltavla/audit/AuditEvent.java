package se.maltavla.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A change a person made, as the feature that made it says it: what kind, what it concerned
 * (the user, the file, the municipality and year) and the facts before and after, as short
 * name–value pairs (never a password or a hash). Published with Spring's event publisher
 * <b>inside the change's transaction</b>: the audit feature stores it there, with who, when and
 * from where, synchronously, so that a failed entry rolls the change back. Who and where are
 * not the publisher's to say: they are the signed-in user and the client's address, or the
 * operator of a command line ({@link Operator}).
 *
 * @param before the facts before the change; empty for something new
 * @param after the facts after it; empty for something removed
 */
public record AuditEvent(AuditKind kind, String subject, Map<String, Object> before, Map<String, Object> after) {

    public AuditEvent {
        Objects.requireNonNull(kind, "kind");
        subject = subject == null ? "" : subject;
        before = before == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(before));
        after = after == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(after));
    }

    /** Facts in the order given: {@code facts("roll", "läsare", "aktiv", true)}; a null value is kept as null. */
    public static Map<String, Object> facts(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            facts.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return facts;
    }
}
