package se.maltavla.security.internal;

import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import se.maltavla.audit.AuditEvent;
import se.maltavla.audit.AuditKind;
import se.maltavla.security.AppUser;

/**
 * The user administration's entries in the audit log (docs/audit.md), published inside the
 * change's transaction. Each entry carries the user's auditable facts before and after, from
 * {@link #facts}: what a user may do, never the password or its hash. A new right of a user (a
 * role bound to nämnder, say) is one more fact there, and, if it needs words of its own in the
 * log's filter, one more {@link AuditKind}: {@link #changed} then records it as it records a role.
 */
@Component
public class UserAudit {

    private final ApplicationEventPublisher events;

    UserAudit(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** What the log says about a user: its role and whether it may log in. */
    static Map<String, Object> facts(AppUser user) {
        return AuditEvent.facts("roll", user.role().code(), "aktiv", user.enabled());
    }

    public void created(AppUser user) {
        events.publishEvent(new AuditEvent(AuditKind.USER_CREATED, user.username(), null, facts(user)));
    }

    /** One entry per kind of change between the two states of a user; none when nothing changed. */
    public void changed(AppUser before, AppUser after) {
        if (before.role() != after.role()) {
            publish(AuditKind.USER_ROLE_CHANGED, before, after);
        }
        if (before.enabled() != after.enabled()) {
            publish(after.enabled() ? AuditKind.USER_ENABLED : AuditKind.USER_DISABLED, before, after);
        }
    }

    /** A reporter bound to other nämnder or another municipality (also when made one: from nothing). */
    public void bindingChanged(
            String username, se.maltavla.security.ReporterBinding before, se.maltavla.security.ReporterBinding after) {
        if (before.equals(after)) {
            return;
        }
        events.publishEvent(new AuditEvent(AuditKind.USER_BINDING_CHANGED, username, binding(before), binding(after)));
    }

    private static Map<String, Object> binding(se.maltavla.security.ReporterBinding binding) {
        return AuditEvent.facts(
                "kommun",
                binding.municipality() == null ? "" : binding.municipality(),
                "namnder",
                String.join("|", binding.committees()));
    }

    /** A new password set by someone else (a coordinator, jobs/reset-password): that it changed, never what to. */
    public void passwordReset(AppUser user) {
        events.publishEvent(
                new AuditEvent(AuditKind.PASSWORD_RESET, user.username(), null, AuditEvent.facts("losenord", "nytt")));
    }

    public void ownPasswordChanged(AppUser user) {
        events.publishEvent(new AuditEvent(
                AuditKind.OWN_PASSWORD_CHANGED, user.username(), null, AuditEvent.facts("losenord", "nytt")));
    }

    private void publish(AuditKind kind, AppUser before, AppUser after) {
        events.publishEvent(new AuditEvent(kind, after.username(), facts(before), facts(after)));
    }
}
