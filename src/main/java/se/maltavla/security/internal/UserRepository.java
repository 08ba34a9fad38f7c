package se.maltavla.security.internal;

import static se.maltavla.db.Tables.APP_USER;
import static se.maltavla.db.Tables.APP_USER_COMMITTEE;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import se.maltavla.security.AppUser;
import se.maltavla.security.ReporterBinding;
import se.maltavla.security.Role;
import se.maltavla.shared.sql.RenderedQuery;

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
    /** Both run on every request (the API's sign-in, a session's check): rendered once. */
    private final RenderedQuery byKey;

    private final RenderedQuery rightsByKey;

    UserRepository(DSLContext db) {
        this.db = db;
        Param<String> userKey = DSL.param("key", String.class);
        this.byKey = RenderedQuery.of(db, db.selectFrom(APP_USER).where(APP_USER.USERNAME_KEY.eq(userKey)), "key");
        this.rightsByKey = RenderedQuery.of(
                db,
                db.select(APP_USER.ROLE, APP_USER.ENABLED, APP_USER.SECURITY_VERSION)
                        .from(APP_USER)
                        .where(APP_USER.USERNAME_KEY.eq(userKey)),
                "key");
    }

    public static String key(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }

    public List<AppUser> findAll() {
        return db.selectFrom(APP_USER).orderBy(APP_USER.USERNAME_KEY).fetch(r -> toUser(r));
    }

    public Optional<StoredUser> find(String username) {
        return byKey.fetchOptional(key(username))
                .map(r -> new StoredUser(toUser(r), r.get(APP_USER.PASSWORD_HASH), r.get(APP_USER.SECURITY_VERSION)));
    }

    /** The user's role, enabled flag and security version: one small read by the unique key. */
    public Optional<Rights> rights(String username) {
        return rightsByKey
                .fetchOptional(key(username))
                .map(r -> new Rights(
                        Role.fromCode(r.get(APP_USER.ROLE)),
                        r.get(APP_USER.ENABLED),
                        r.get(APP_USER.SECURITY_VERSION)));
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

    /**
     * A reporter's municipality and nämnder as stored (empty when the user has none, or does not
     * exist). Read by the import for every file a reporter uploaded, at the time of the run.
     */
    public ReporterBinding binding(String username) {
        var user = db.select(APP_USER.ID, APP_USER.MUNICIPALITY_CODE)
                .from(APP_USER)
                .where(APP_USER.USERNAME_KEY.eq(key(username)))
                .fetchOne();
        if (user == null) {
            return ReporterBinding.NOTHING;
        }
        return new ReporterBinding(
                user.value2(),
                db.select(APP_USER_COMMITTEE.COMMITTEE_NAME)
                        .from(APP_USER_COMMITTEE)
                        .where(APP_USER_COMMITTEE.USER_ID.eq(user.value1()))
                        .orderBy(APP_USER_COMMITTEE.COMMITTEE_KEY)
                        .fetch(APP_USER_COMMITTEE.COMMITTEE_NAME));
    }

    /** Every user's binding that has one, by user name as written. */
    public Map<String, ReporterBinding> bindings() {
        Map<String, ReporterBinding> bindings = new LinkedHashMap<>();
        for (AppUser user : findAll()) {
            ReporterBinding binding = binding(user.username());
            if (binding.municipality() != null || !binding.committees().isEmpty()) {
                bindings.put(user.username(), binding);
            }
        }
        return bindings;
    }

    /**
     * Stores a user's municipality and nämnder, replacing what was bound. Counts the security
     * version up when the binding changed, so that the user's open sessions end: a reporter whose
     * nämnder are taken away loses them at the next request (design decision 0012).
     */
    public boolean updateBinding(String username, ReporterBinding binding) {
        ReporterBinding before = binding(username);
        if (java.util.Objects.equals(before.municipality(), binding.municipality())
                && before.committeeKeys().equals(binding.committeeKeys())) {
            return false; // the same nämnder, perhaps written otherwise: nothing a session must end for
        }
        Long id = db.select(APP_USER.ID)
                .from(APP_USER)
                .where(APP_USER.USERNAME_KEY.eq(key(username)))
                .fetchOne(APP_USER.ID);
        if (id == null) {
            return false;
        }
        db.deleteFrom(APP_USER_COMMITTEE)
                .where(APP_USER_COMMITTEE.USER_ID.eq(id))
                .execute();
        for (String committee : binding.committees()) {
            db.insertInto(APP_USER_COMMITTEE)
                    .set(APP_USER_COMMITTEE.USER_ID, id)
                    .set(APP_USER_COMMITTEE.COMMITTEE_KEY, ReporterBinding.committeeKey(committee))
                    .set(APP_USER_COMMITTEE.COMMITTEE_NAME, committee)
                    .execute();
        }
        db.update(APP_USER)
                .set(APP_USER.MUNICIPALITY_CODE, binding.municipality())
                .set(APP_USER.SECURITY_VERSION, APP_USER.SECURITY_VERSION.plus(1))
                .where(APP_USER.ID.eq(id))
                .execute();
        return true;
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
