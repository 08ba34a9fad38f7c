package se.maltavla.security.internal;

import static se.maltavla.db.Tables.APP_USER;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import se.maltavla.security.AppUser;
import se.maltavla.security.Role;

/** The table app_user through jOOQ. User names are matched case-insensitively (username_key). */
@Repository
public class UserRepository {

    /**
     * A user with the password hash and the security version: for logging in and checking a
     * password, never shown. The version counts every change of role, enabled flag and password.
     */
    public record StoredUser(AppUser user, String passwordHash, int securityVersion) {}

    /** What a signed-in session is checked against on every request. */
    public record Rights(Role role, boolean enabled, int securityVersion) {}

    private final DSLContext db;

    UserRepository(DSLContext db) {
        this.db = db;
    }

    public static String key(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }

    public List<AppUser> findAll() {
        return db.selectFrom(APP_USER).orderBy(APP_USER.USERNAME_KEY).fetch(r -> toUser(r));
    }

    public Optional<StoredUser> find(String username) {
        return db.selectFrom(APP_USER)
                .where(APP_USER.USERNAME_KEY.eq(key(username)))
                .fetchOptional(r -> new StoredUser(toUser(r), r.getPasswordHash(), r.getSecurityVersion()));
    }

    /** The user's role, enabled flag and security version: one small read by the unique key. */
    public Optional<Rights> rights(String username) {
        return db.select(APP_USER.ROLE, APP_USER.ENABLED, APP_USER.SECURITY_VERSION)
                .from(APP_USER)
                .where(APP_USER.USERNAME_KEY.eq(key(username)))
                .fetchOptional(r -> new Rights(Role.fromCode(r.value1()), r.value2(), r.value3()));
    }

    public boolean isEmpty() {
        return !db.fetchExists(APP_USER);
    }

    public int countEnabledCoordinators() {
        return db.fetchCount(APP_USER, APP_USER.ROLE.eq(Role.COORDINATOR.code()).and(APP_USER.ENABLED.isTrue()));
    }

    public AppUser insert(String username, String passwordHash, Role role) {
        return db.insertInto(APP_USER)
                .set(APP_USER.USERNAME, username.trim())
                .set(APP_USER.USERNAME_KEY, key(username))
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.ROLE, role.code())
                .set(APP_USER.ENABLED, true)
                .set(APP_USER.CREATED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .returning()
                .fetchOne(r -> toUser(r));
    }

    // Every change of what a user may do counts security_version up, here and nowhere else, so that
    // no path (the dashboard, jobs/reset-password in another process) can forget it: the open
    // sessions of the user end at their next request (SessionRights). Setting the value a user
    // already has changes nothing and ends no session.

    public boolean updateRole(String username, Role role) {
        return db.update(APP_USER)
                        .set(APP_USER.ROLE, role.code())
                        .set(APP_USER.SECURITY_VERSION, APP_USER.SECURITY_VERSION.plus(1))
                        .where(APP_USER.USERNAME_KEY.eq(key(username)))
                        .and(APP_USER.ROLE.ne(role.code()))
                        .execute()
                == 1;
    }

    public boolean updatePasswordHash(String username, String passwordHash) {
        return db.update(APP_USER)
                        .set(APP_USER.PASSWORD_HASH, passwordHash)
                        .set(APP_USER.SECURITY_VERSION, APP_USER.SECURITY_VERSION.plus(1))
                        .where(APP_USER.USERNAME_KEY.eq(key(username)))
                        .execute()
                == 1;
    }

    public boolean updateEnabled(String username, boolean enabled) {
        return db.update(APP_USER)
                        .set(APP_USER.ENABLED, enabled)
                        .set(APP_USER.SECURITY_VERSION, APP_USER.SECURITY_VERSION.plus(1))
                        .where(APP_USER.USERNAME_KEY.eq(key(username)))
                        .and(APP_USER.ENABLED.ne(enabled))
                        .execute()
                == 1;
    }

    private static AppUser toUser(Record r) {
        return new AppUser(
                r.get(APP_USER.ID),
                r.get(APP_USER.USERNAME),
                Role.fromCode(r.get(APP_USER.ROLE)),
                r.get(APP_USER.ENABLED),
                r.get(APP_USER.CREATED_AT));
    }
}
