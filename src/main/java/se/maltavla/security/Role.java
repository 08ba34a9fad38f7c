package se.maltavla.security;

import java.util.Locale;

/**
 * What a user may do. A viewer reads everything; a coordinator also uploads files, runs
 * imports, changes settings and manages users. Stored in lower case ({@code viewer},
 * {@code coordinator}); as Spring Security authorities {@code ROLE_VIEWER} and
 * {@code ROLE_COORDINATOR}, a coordinator holding both.
 */
public enum Role {
    VIEWER,
    COORDINATOR;

    /** The name in the database and in configuration. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }

    /** The roles granted to a user of this role: a coordinator is a viewer too. */
    public String[] grantedRoles() {
        return this == COORDINATOR ? new String[] {COORDINATOR.name(), VIEWER.name()} : new String[] {VIEWER.name()};
    }

    /** The key of the role's name in the message bundles. */
    public String messageKey() {
        return "role." + code();
    }
}
