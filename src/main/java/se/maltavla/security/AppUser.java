package se.maltavla.security;

import java.time.OffsetDateTime;

/** A user as the user administration shows it: never the password or its hash. */
public record AppUser(long id, String username, Role role, boolean enabled, OffsetDateTime createdAt) {}
