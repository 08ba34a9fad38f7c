package se.maltavla.audit;

import java.time.LocalDate;

/**
 * Which entries to show: a date range in Swedish time (both days included; either may be
 * open), a user (a part of the name, any case; blank for all) and a kind (null for all).
 */
public record AuditFilter(LocalDate from, LocalDate to, String user, AuditKind kind) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null);

    public AuditFilter {
        user = user == null ? "" : user.strip();
    }
}
