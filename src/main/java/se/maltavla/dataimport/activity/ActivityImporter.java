package se.maltavla.dataimport.activity;

import static se.maltavla.db.Tables.ACTIVITY;
import static se.maltavla.db.Tables.ACTIVITY_LINK;
import static se.maltavla.db.Tables.ACTIVITY_PERSPECTIVE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import se.maltavla.activity.ActivityType;
import se.maltavla.activity.Partner;
import se.maltavla.dataimport.LockedYears;
import se.maltavla.dataimport.csv.FileKind;
import se.maltavla.dataimport.row.ChunkResult.Outcome;
import se.maltavla.dataimport.row.FileContext;
import se.maltavla.dataimport.row.Lookups;
import se.maltavla.dataimport.row.Lookups.StrategyRef;
import se.maltavla.dataimport.row.RecordComparison;
import se.maltavla.dataimport.row.RowByRow;
import se.maltavla.dataimport.row.RowImporter;
import se.maltavla.dataimport.row.RowValues;
import se.maltavla.dataimport.row.YearLocks;
import se.maltavla.db.tables.records.ActivityRecord;
import se.maltavla.shared.MunicipalityCode;

/** Imports {@code aktiviteter} files: twin towns, projects, networks … (docs/import-contract.md §6). */
@Component
class ActivityImporter implements RowImporter {

    private final DSLContext db;
    private final LockedYears locked;

    ActivityImporter(DSLContext db, LockedYears locked) {
        this.db = db;
        this.locked = locked;
    }

    @Override
    public FileKind kind() {
        return FileKind.AKTIVITETER;
    }

    @Override
    public Session open(FileContext context) {
        Lookups lookups = new Lookups(db);
        YearLocks locks = new YearLocks(locked);
        return RowByRow.session(context, (row, result) -> save(row, lookups, locks, context));
    }

    private Outcome save(RowValues row, Lookups lookups, YearLocks locks, FileContext context) {
        MunicipalityCode municipality = row.municipality();
        context.limits().requireMunicipality(row, municipality.value());
        context.limits().requireCommittee(row, "namnd", row.text("namnd"));
        String code = row.requiredText("aktivitetkod");
        ActivityType type = row.coded("typ", ActivityType.class);
        if (type == null) {
            throw row.reject("typ", "value.required");
        }
        String name = row.requiredText("namn");
        LocalDate start = row.date("startdatum");
        LocalDate end = row.date("slutdatum");
        if (start != null && end != null && end.isBefore(start)) {
            throw row.reject("slutdatum", "row.activity.endbeforestart");
        }
        List<String> countryCodes = countries(row);
        String countryCode = countryCodes.isEmpty() ? null : countryCodes.getFirst();
        BigDecimal budget = row.number("budgetsek");
        BigDecimal funding = row.number("externfinansieringsek");
        var anchored = row.dateOrYesNo("forankrad");
        var reported = row.dateOrYesNo("rapporterad");
        int year = (start != null ? start : context.importDate()).getYear();
        locks.requireOpen(row, municipality.value(), year, start != null ? "startdatum" : "kommun");
        StrategyRef strategy = lookups.strategyFor(row, municipality, year, start != null ? "startdatum" : "kommun");
        Set<Long> links = lookups.links(row, "kopplingar", strategy);
        Set<Long> perspectives = lookups.perspectives(row, strategy);
        String committee = row.text("namnd");

        ActivityRecord stored = db.selectFrom(ACTIVITY)
                .where(ACTIVITY.MUNICIPALITY_CODE.eq(municipality.value()), ACTIVITY.CODE_KEY.eq(RowValues.key(code)))
                .fetchOne();
        if (stored != null && context.limits().limited()) {
            // A reporter's row must not take over an activity another nämnd (or the municipality) reported.
            String owner = stored.getCommitteeId() == null
                    ? null
                    : db.select(se.maltavla.db.Tables.COMMITTEE.NAME)
                            .from(se.maltavla.db.Tables.COMMITTEE)
                            .where(se.maltavla.db.Tables.COMMITTEE.ID.eq(stored.getCommitteeId()))
                            .fetchOne(se.maltavla.db.Tables.COMMITTEE.NAME);
            context.limits().requireOwned(row, "aktivitetkod", "row.reporter.activity", code, owner);
        }
        ActivityRecord r = stored == null ? db.newRecord(ACTIVITY) : stored.copy();
        if (stored != null) {
            r.setId(stored.getId());
        }
        r.setMunicipalityCode(municipality.value());
        r.setCode(code);
        r.setCodeKey(RowValues.key(code));
        r.setActivityType(type.code());
        r.setName(name);
        r.setStrategyId(strategy.id());
        r.setCommitteeId(committee == null ? null : lookups.committee(municipality, committee));
        r.setPartner(row.text("partner"));
        r.setCountry(
                countryCode == null
                        ? null
                        : countryCodes.stream()
                                .distinct()
                                .map(Countries::swedishName)
                                .collect(Collectors.joining(", ")));
        r.setCountryCode(countryCode);
        r.setPartnerCountries(countryCodes.size() > 1 ? String.join("|", countryCodes) : null);
        r.setStartDate(start);
        r.setEndDate(end);
        r.setBudgetSek(budget);
        r.setExternalFundingSek(funding);
        r.setFunder(row.text("finansiar"));
        r.setOwner(row.text("agare"));
        r.setExecutor(row.text("utforare"));
        r.setAnchored(anchored.done());
        r.setAnchoredOn(anchored.on());
        r.setReported(reported.done());
        r.setReportedOn(reported.on());
        Outcome outcome;
        if (stored == null) {
            r.setSourceFileId(context.fileId());
            r.setSourceLine(row.line());
            r.store();
            outcome = Outcome.NEW;
        } else if (RecordComparison.sameContent(stored, r, Set.of(ACTIVITY.SOURCE_FILE_ID, ACTIVITY.SOURCE_LINE))) {
            outcome = Outcome.UNCHANGED;
        } else {
            r.setSourceFileId(context.fileId());
            r.setSourceLine(row.line());
            db.executeUpdate(r);
            outcome = Outcome.UPDATED;
        }
        if (replace(r.getId(), links, perspectives)) {
            outcome = outcome.and(Outcome.UPDATED);
        }
        return outcome;
    }

    private boolean replace(long id, Set<Long> links, Set<Long> perspectives) {
        Set<Long> storedLinks = new HashSet<>(db.select(ACTIVITY_LINK.ELEMENT_ID)
                .from(ACTIVITY_LINK)
                .where(ACTIVITY_LINK.ACTIVITY_ID.eq(id))
                .fetch(ACTIVITY_LINK.ELEMENT_ID));
        Set<Long> storedPerspectives = new HashSet<>(db.select(ACTIVITY_PERSPECTIVE.ELEMENT_ID)
                .from(ACTIVITY_PERSPECTIVE)
                .where(ACTIVITY_PERSPECTIVE.ACTIVITY_ID.eq(id))
                .fetch(ACTIVITY_PERSPECTIVE.ELEMENT_ID));
        boolean changed = false;
        if (!storedLinks.equals(links)) {
            db.deleteFrom(ACTIVITY_LINK).where(ACTIVITY_LINK.ACTIVITY_ID.eq(id)).execute();
            links.forEach(e -> db.insertInto(ACTIVITY_LINK)
                    .set(ACTIVITY_LINK.ACTIVITY_ID, id)
                    .set(ACTIVITY_LINK.ELEMENT_ID, e)
                    .execute());
            changed = true;
        }
        if (!storedPerspectives.equals(perspectives)) {
            db.deleteFrom(ACTIVITY_PERSPECTIVE)
                    .where(ACTIVITY_PERSPECTIVE.ACTIVITY_ID.eq(id))
                    .execute();
            perspectives.forEach(e -> db.insertInto(ACTIVITY_PERSPECTIVE)
                    .set(ACTIVITY_PERSPECTIVE.ACTIVITY_ID, id)
                    .set(ACTIVITY_PERSPECTIVE.ELEMENT_ID, e)
                    .execute());
            changed = true;
        }
        return changed;
    }

    /**
     * The countries of {@code land}: one for all partners, or one per partner separated by '|' in
     * the partners' order (docs/import-contract.md §6). Several countries must be as many as the
     * partners named in {@code partner}.
     */
    private static List<String> countries(RowValues row) {
        String land = row.text("land");
        if (land == null) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        for (String part : land.split("\\|")) {
            if (part.isBlank()) {
                continue;
            }
            String code = Countries.code(part.strip());
            if (code == null) {
                throw row.reject(
                        "land",
                        land.contains("|") ? "row.activity.countryinlist" : "row.activity.country",
                        part.strip());
            }
            codes.add(code);
        }
        int partners = Partner.names(row.text("partner")).size();
        if (codes.size() > 1 && codes.size() != partners) {
            throw row.reject("land", "row.activity.countries.count", codes.size(), partners);
        }
        return codes;
    }
}
