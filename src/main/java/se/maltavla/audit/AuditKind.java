package se.maltavla.audit;

import java.util.Arrays;
import java.util.Optional;

/**
 * What kind of change an entry records. The code is what is stored (and exported); the words
 * are the message {@code audit.kind.CODE}. A new kind is a new constant and its two messages:
 * stored entries keep their code.
 */
public enum AuditKind {
    FILE_UPLOADED("file.uploaded"),
    IMPORT_STARTED("import.started"),
    USER_CREATED("user.created"),
    USER_ROLE_CHANGED("user.role"),
    USER_ENABLED("user.enabled"),
    USER_DISABLED("user.disabled"),
    USER_BINDING_CHANGED("user.binding"),
    PASSWORD_RESET("user.password.reset"),
    OWN_PASSWORD_CHANGED("user.password.own"),
    THRESHOLDS_CHANGED("settings.thresholds"),
    YEAR_LOCKED("yearend.locked"),
    YEAR_REOPENED("yearend.reopened"),
    ACCESS_REFUSED("access.refused"),
    ENTRIES_PURGED("audit.purged");

    private final String code;

    AuditKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The key of the kind's words in the message bundles. */
    public String messageKey() {
        return "audit.kind." + code;
    }

    public static Optional<AuditKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
