package se.maltavla.audit;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Reading the audit log: coordinators only, checked here whatever a page shows. There is no
 * method that changes or deletes an entry (docs/audit.md); entries are written by the events
 * the features publish ({@link AuditEvent}).
 */
public interface AuditLog {

    /** Where the log's times are shown. */
    ZoneId SWEDISH_TIME = ZoneId.of("Europe/Stockholm");

    /** The actor of what Måltavla does by itself (the first account, the retention purge): no user can be so named. */
    String SYSTEM = "(Måltavla)";

    /** The origin of a change made on the command line, followed by the command. */
    String COMMAND_LINE_PREFIX = "kommandorad:";

    /** The newest entries first, {@code limit} of them from {@code offset}. */
    @PreAuthorize("hasRole('COORDINATOR')")
    List<AuditEntry> entries(AuditFilter filter, int offset, int limit);

    @PreAuthorize("hasRole('COORDINATOR')")
    long count(AuditFilter filter);

    /** Every matching entry, newest first, streamed (for the export). */
    @PreAuthorize("hasRole('COORDINATOR')")
    void forEach(AuditFilter filter, Consumer<AuditEntry> action);
}
