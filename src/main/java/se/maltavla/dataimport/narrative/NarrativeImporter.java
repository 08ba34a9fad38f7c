package se.maltavla.dataimport.narrative;

import static se.maltavla.db.Tables.GOAL;
import static se.maltavla.db.Tables.NARRATIVE;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import se.maltavla.dataimport.LockedYears;
import se.maltavla.dataimport.csv.FileKind;
import se.maltavla.dataimport.row.ChunkResult.Outcome;
import se.maltavla.dataimport.row.FileContext;
import se.maltavla.dataimport.row.Lookups;
import se.maltavla.dataimport.row.Lookups.ElementRef;
import se.maltavla.dataimport.row.Lookups.StrategyRef;
import se.maltavla.dataimport.row.ReportingLimits;
import se.maltavla.dataimport.row.RowByRow;
import se.maltavla.dataimport.row.RowImporter;
import se.maltavla.dataimport.row.RowValues;
import se.maltavla.dataimport.row.YearLocks;
import se.maltavla.db.tables.records.NarrativeRecord;
import se.maltavla.shared.MunicipalityCode;

/**
 * Imports {@code berattelse} files: the qualitative follow-up per strategy element or goal
 * (docs/import-contract.md §5). Key (kommun, ar, namnd, kod); a re-import replaces the text.
 */
@Component
class NarrativeImporter implements RowImporter {

    private final DSLContext db;
    private final LockedYears locked;

    NarrativeImporter(DSLContext db, LockedYears locked) {
        this.db = db;
        this.locked = locked;
    }

    @Override
    public FileKind kind() {
        return FileKind.BERATTELSE;
    }

    @Override
    public Session open(FileContext context) {
        Lookups lookups = new Lookups(db);
        YearLocks locks = new YearLocks(locked);
        return RowByRow.session(
                context, (row, result) -> save(row, lookups, locks, context.limits(), context.fileId()));
    }

    private Outcome save(RowValues row, Lookups lookups, YearLocks locks, ReportingLimits limits, long fileId) {
        MunicipalityCode municipality = row.municipality();
        limits.requireMunicipality(row, municipality.value());
        limits.requireCommittee(row, "namnd", row.text("namnd"));
        int year = row.year("ar");
        locks.requireOpen(row, municipality.value(), year, "ar");
        String code = row.requiredText("kod");
        String text = row.requiredText("text");
        String committee = row.text("namnd");
        StrategyRef strategy = lookups.strategyFor(row, municipality, year, "ar");
        ElementRef element = lookups.elementsOf(strategy.id()).get(RowValues.key(code));
        Long goalId = null;
        if (element == null) {
            goalId = db.select(GOAL.ID)
                    .from(GOAL)
                    .where(
                            GOAL.MUNICIPALITY_CODE.eq(municipality.value()),
                            GOAL.PLAN_YEAR.eq(year),
                            GOAL.CODE_KEY.eq(RowValues.key(code)))
                    .fetchOne(GOAL.ID);
            if (goalId == null) {
                throw row.reject("kod", "row.narrative.unknowncode", code, year);
            }
        }
        String committeeKey = committee == null ? "" : Lookups.committeeKey(committee);
        NarrativeRecord stored = db.selectFrom(NARRATIVE)
                .where(
                        NARRATIVE.MUNICIPALITY_CODE.eq(municipality.value()),
                        NARRATIVE.PLAN_YEAR.eq(year),
                        NARRATIVE.COMMITTEE_KEY.eq(committeeKey),
                        NARRATIVE.CODE_KEY.eq(RowValues.key(code)))
                .fetchOne();
        if (stored != null && stored.getText().equals(text)) {
            return Outcome.UNCHANGED;
        }
        NarrativeRecord r = stored == null ? db.newRecord(NARRATIVE) : stored;
        r.setMunicipalityCode(municipality.value());
        r.setPlanYear(year);
        r.setCommitteeId(committee == null ? null : lookups.committee(municipality, committee));
        r.setCommitteeKey(committeeKey);
        r.setCode(code);
        r.setCodeKey(RowValues.key(code));
        r.setElementId(element == null ? null : element.id());
        r.setGoalId(goalId);
        r.setText(text);
        r.setSourceFileId(fileId);
        r.setSourceLine(row.line());
        r.store();
        return stored == null ? Outcome.NEW : Outcome.UPDATED;
    }
}
