package se.maltavla.dashboard.internal;

import static se.maltavla.db.Tables.APP_USER;
import static se.maltavla.db.Tables.USER_PREFERENCE;

import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.maltavla.dashboard.Selection;
import se.maltavla.dashboard.SelectionService;

@Service
class DefaultSelectionService implements SelectionService {

    private final DSLContext db;

    DefaultSelectionService(DSLContext db) {
        this.db = db;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Selection> remembered() {
        return db.selectFrom(USER_PREFERENCE)
                .where(USER_PREFERENCE.USERNAME_KEY.eq(currentUserKey()))
                .and(USER_PREFERENCE.MUNICIPALITY_CODE.isNotNull())
                .and(USER_PREFERENCE.PLAN_YEAR.isNotNull())
                .fetchOptional(r -> new Selection(r.getMunicipalityCode(), r.getPlanYear(), r.getEvaluationDate()));
    }

    @Override
    @Transactional
    public void remember(Selection selection) {
        String user = currentUserKey();
        if (!db.fetchExists(APP_USER, APP_USER.USERNAME_KEY.eq(user))) {
            return;
        }
        int updated = db.update(USER_PREFERENCE)
                .set(USER_PREFERENCE.MUNICIPALITY_CODE, selection.municipality())
                .set(USER_PREFERENCE.PLAN_YEAR, selection.year())
                .set(USER_PREFERENCE.EVALUATION_DATE, selection.date())
                .where(USER_PREFERENCE.USERNAME_KEY.eq(user))
                .execute();
        if (updated == 0) {
            db.insertInto(USER_PREFERENCE)
                    .set(USER_PREFERENCE.USERNAME_KEY, user)
                    .set(USER_PREFERENCE.MUNICIPALITY_CODE, selection.municipality())
                    .set(USER_PREFERENCE.PLAN_YEAR, selection.year())
                    .set(USER_PREFERENCE.EVALUATION_DATE, selection.date())
                    .execute();
        }
    }

    private static String currentUserKey() {
        return SecurityContextHolder.getContext().getAuthentication().getName().toLowerCase(Locale.ROOT);
    }
}
