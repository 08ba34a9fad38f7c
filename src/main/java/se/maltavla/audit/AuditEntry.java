package se.maltavla.audit;

import java.time.Instant;

/**
 * One stored entry of the audit log.
 *
 * @param occurredAt when, as an instant (shown in Swedish time)
 * @param actor the user name as it was then (kept when the user is renamed or removed later);
 *     for a command line the operating system's user; {@value AuditLog#SYSTEM} for Måltavla itself
 * @param origin the client's address, or {@code kommandorad:COMMAND}, or {@code system}
 * @param kind the kind's code ({@link AuditKind#code()}); an unknown code is kept as it is
 * @param before the facts before, as a JSON object (may be empty)
 * @param after the facts after, as a JSON object (may be empty)
 */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        String origin,
        String kind,
        String subject,
        String before,
        String after) {

    /** The command's name when the entry was made on the command line, else null. */
    public String command() {
        return origin.startsWith(AuditLog.COMMAND_LINE_PREFIX)
                ? origin.substring(AuditLog.COMMAND_LINE_PREFIX.length())
                : null;
    }
}
