package se.maltavla.security;

import java.util.Locale;

/**
 * What a user may do. A viewer reads everything; a coordinator also uploads files, runs
 * imports, changes settings and manages users; a reporter (rapportör, a nämnd's contact person)
 * reads the dashboard as a viewer and uploads and imports files for the nämnder of one
 * municipality it is bound to ({@link ReporterBinding}), seeing only its own files' runs and
 * rejected rows. Stored in lower case ({@code viewer}, {@code coordinator}, {@code reporter}); as
 * Spring Security authorities {@code ROLE_VIEWER}, {@code ROLE_COORDINATOR} and
 * {@code ROLE_REPORTER}, a coordinator and a reporter holding {@code ROLE_VIEWER} too.
 */
public enum Role {
    VIEWER,
    COORDINATOR,
    REPORTER;

    /** The name in the database and in configuration. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }

    /** The roles granted to a user of this role: a coordinator and a reporter are viewers too. */
    public String[] grantedRoles() {
        return this == VIEWER ? new String[] {VIEWER.name()} : new String[] {name(), VIEWER.name()};
    }

    /** The key of the role's name in the message bundles. */
    public String messageKey() {
        return "role." + code();
    }
}
