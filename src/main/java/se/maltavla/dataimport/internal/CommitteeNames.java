package se.maltavla.dataimport.internal;

import static se.maltavla.db.Tables.COMMITTEE;

import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import se.maltavla.security.KnownCommittees;

/** The nämnder the import has stored for a municipality, for choosing a reporter's (Användare). */
@Component
class CommitteeNames implements KnownCommittees {

    private final DSLContext db;

    CommitteeNames(DSLContext db) {
        this.db = db;
    }

    @Override
    public List<String> of(String municipality) {
        if (municipality == null) {
            return List.of();
        }
        return db.select(COMMITTEE.NAME)
                .from(COMMITTEE)
                .where(COMMITTEE.MUNICIPALITY_CODE.eq(municipality))
                .orderBy(COMMITTEE.NAME_KEY)
                .fetch(COMMITTEE.NAME);
    }
}
