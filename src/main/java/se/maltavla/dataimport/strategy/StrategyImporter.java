package se.maltavla.dataimport.strategy;

import static se.maltavla.db.Tables.ELEMENT_LINK;
import static se.maltavla.db.Tables.MUNICIPALITY;
import static se.maltavla.db.Tables.STRATEGY;
import static se.maltavla.db.Tables.STRATEGY_ELEMENT;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import se.maltavla.dataimport.csv.CsvRow;
import se.maltavla.dataimport.row.ChunkResult;
import se.maltavla.dataimport.row.ChunkResult.Outcome;
import se.maltavla.dataimport.row.FileContext;
import se.maltavla.dataimport.row.Rejections;
import se.maltavla.dataimport.row.RowRejectedException;
import se.maltavla.dataimport.row.RowValues;
import se.maltavla.db.tables.records.StrategyElementRecord;
import se.maltavla.db.tables.records.StrategyRecord;

/**
 * Imports all strategi files of a run together, in the caller's transaction: rows may come in
 * any order, also across files, so links are resolved after every row is read
 * (docs/import-contract.md §2). A row whose link names no element (stored, or accepted in this run)
 * is rejected; rejecting it can leave other rows' links unknown, so resolution repeats until
 * nothing more is rejected.
 */
@Component
public class StrategyImporter {

    private final DSLContext db;

    StrategyImporter(DSLContext db) {
        this.db = db;
    }

    /** One strategi file: its context and its data rows. */
    public record StrategyFile(FileContext context, List<CsvRow> rows) {}

    /** Validates and stores the files' rows; returns one result per file, in the given order. */
    public List<ChunkResult> importFiles(List<StrategyFile> files) {
        List<ChunkResult> results = new ArrayList<>();
        List<StrategyRow> valid = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            StrategyFile file = files.get(i);
            ChunkResult result = new ChunkResult();
            results.add(result);
            Rejections rejections = new Rejections(file.context());
            for (CsvRow row : file.rows()) {
                try {
                    valid.add(StrategyRowParser.parse(
                            new RowValues(file.context().header(), row),
                            i,
                            file.context().fileId()));
                } catch (RowRejectedException e) {
                    result.rejected(rejections.of(row, e));
                }
            }
        }
        Map<StrategyRow, RowRejectedException> rejected = new LinkResolution(db, valid).rejected();
        for (var entry : rejected.entrySet()) {
            StrategyRow row = entry.getKey();
            StrategyFile file = files.get(row.fileIndex());
            results.get(row.fileIndex())
                    .rejected(new Rejections(file.context())
                            .of(row.line(), row.municipality(), row.code(), null, entry.getValue()));
        }
        List<StrategyRow> accepted = valid.stream()
                .filter(r -> !rejected.containsKey(r))
                .sorted(Comparator.comparingInt(StrategyRow::fileIndex).thenComparingLong(StrategyRow::line))
                .toList();
        store(accepted, results);
        for (ChunkResult result : results) {
            result.rejections().sort(Comparator.comparingLong(r -> r.rejection().line()));
        }
        return results;
    }

    private void store(List<StrategyRow> rows, List<ChunkResult> results) {
        Map<StrategyRow, Outcome> outcomes = new LinkedHashMap<>();
        Map<String, Long> strategyIds = new HashMap<>();
        java.util.Set<String> municipalities = new java.util.HashSet<>();
        for (StrategyRow row : rows) {
            if (row.isStrategy()) {
                // Once per municipality: a file may hold several strategies of a municipality new to Måltavla.
                if (municipalities.add(row.municipality())) {
                    ensureMunicipality(row.municipality());
                }
                outcomes.put(row, saveStrategy(row, strategyIds));
            }
        }
        Map<String, StrategyRow> lastRowPerElement = new LinkedHashMap<>();
        Map<String, Long> elementIds = new HashMap<>();
        for (StrategyRow row : rows) {
            if (!row.isStrategy()) {
                long strategyId = strategyIds.computeIfAbsent(row.strategyKey(), k -> storedStrategyId(row));
                outcomes.put(row, saveElement(row, strategyId, elementIds));
                lastRowPerElement.put(row.strategyKey() + "|" + row.codeKey(), row);
            }
        }
        for (StrategyRow row : lastRowPerElement.values()) {
            long strategyId = strategyIds.get(row.strategyKey());
            if (replaceLinks(row, strategyId, elementIds) && outcomes.get(row) == Outcome.UNCHANGED) {
                outcomes.put(row, Outcome.UPDATED);
            }
        }
        outcomes.forEach((row, outcome) -> {
            ChunkResult result = results.get(row.fileIndex());
            result.add(outcome);
            if (outcome != Outcome.UNCHANGED) {
                result.changed(row.municipality(), null);
            }
        });
    }

    private void ensureMunicipality(String code) {
        if (!db.fetchExists(MUNICIPALITY, MUNICIPALITY.CODE.eq(code))) {
            db.insertInto(MUNICIPALITY).set(MUNICIPALITY.CODE, code).execute();
        }
    }

    private long storedStrategyId(StrategyRow row) {
        return db.select(STRATEGY.ID)
                .from(STRATEGY)
                .where(
                        STRATEGY.MUNICIPALITY_CODE.eq(row.municipality()),
                        STRATEGY.CODE_KEY.eq(RowValues.key(row.strategy())))
                .fetchSingle(STRATEGY.ID);
    }

    private Outcome saveStrategy(StrategyRow row, Map<String, Long> ids) {
        StrategyRecord stored = db.selectFrom(STRATEGY)
                .where(STRATEGY.MUNICIPALITY_CODE.eq(row.municipality()), STRATEGY.CODE_KEY.eq(row.codeKey()))
                .fetchOne();
        StrategyRecord r = stored == null ? db.newRecord(STRATEGY) : stored;
        boolean same = stored != null
                && Objects.equals(stored.getCode(), row.code())
                && Objects.equals(stored.getName(), row.name())
                && Objects.equals(stored.getDescription(), row.description())
                && Objects.equals(stored.getValidFrom(), row.validFrom())
                && Objects.equals(stored.getValidTo(), row.validTo())
                && Objects.equals(stored.getAdopted(), row.adopted());
        if (!same) {
            r.setMunicipalityCode(row.municipality());
            r.setCode(row.code());
            r.setCodeKey(row.codeKey());
            r.setName(row.name());
            r.setDescription(row.description());
            r.setValidFrom(row.validFrom());
            r.setValidTo(row.validTo());
            r.setAdopted(row.adopted());
            r.setSourceFileId(row.fileId());
            r.setSourceLine(row.line());
            r.store();
        }
        ids.put(row.strategyKey(), r.getId());
        return stored == null ? Outcome.NEW : same ? Outcome.UNCHANGED : Outcome.UPDATED;
    }

    private Outcome saveElement(StrategyRow row, long strategyId, Map<String, Long> ids) {
        StrategyElementRecord stored = db.selectFrom(STRATEGY_ELEMENT)
                .where(STRATEGY_ELEMENT.STRATEGY_ID.eq(strategyId), STRATEGY_ELEMENT.CODE_KEY.eq(row.codeKey()))
                .fetchOne();
        StrategyElementRecord r = stored == null ? db.newRecord(STRATEGY_ELEMENT) : stored;
        boolean same = stored != null
                && Objects.equals(stored.getCode(), row.code())
                && Objects.equals(stored.getElementType(), row.type())
                && Objects.equals(stored.getName(), row.name())
                && Objects.equals(stored.getDescription(), row.description())
                && Objects.equals(stored.getGroupName(), row.group());
        if (!same) {
            r.setStrategyId(strategyId);
            r.setCode(row.code());
            r.setCodeKey(row.codeKey());
            r.setElementType(row.type());
            r.setName(row.name());
            r.setDescription(row.description());
            r.setGroupName(row.group());
            r.setSourceFileId(row.fileId());
            r.setSourceLine(row.line());
            r.store();
        }
        ids.put(row.strategyKey() + "|" + row.codeKey(), r.getId());
        return stored == null ? Outcome.NEW : same ? Outcome.UNCHANGED : Outcome.UPDATED;
    }

    /** Sets the element's links to the row's; true when they changed. */
    private boolean replaceLinks(StrategyRow row, long strategyId, Map<String, Long> ids) {
        long from = ids.get(row.strategyKey() + "|" + row.codeKey());
        Set<Long> wanted = new HashSet<>();
        for (String code : row.links()) {
            String key = row.strategyKey() + "|" + RowValues.key(code);
            Long to = ids.get(key);
            if (to == null) {
                to = db.select(STRATEGY_ELEMENT.ID)
                        .from(STRATEGY_ELEMENT)
                        .where(
                                STRATEGY_ELEMENT.STRATEGY_ID.eq(strategyId),
                                STRATEGY_ELEMENT.CODE_KEY.eq(RowValues.key(code)))
                        .fetchSingle(STRATEGY_ELEMENT.ID);
            }
            wanted.add(to);
        }
        Set<Long> stored = new HashSet<>(db.select(ELEMENT_LINK.TO_ELEMENT_ID)
                .from(ELEMENT_LINK)
                .where(ELEMENT_LINK.FROM_ELEMENT_ID.eq(from))
                .fetch(ELEMENT_LINK.TO_ELEMENT_ID));
        if (stored.equals(wanted)) {
            return false;
        }
        db.deleteFrom(ELEMENT_LINK).where(ELEMENT_LINK.FROM_ELEMENT_ID.eq(from)).execute();
        for (Long to : wanted) {
            db.insertInto(ELEMENT_LINK)
                    .set(ELEMENT_LINK.FROM_ELEMENT_ID, from)
                    .set(ELEMENT_LINK.TO_ELEMENT_ID, to)
                    .execute();
        }
        return true;
    }
}
