package se.maltavla.dataimport.measurement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.maltavla.dataimport.csv.CsvRow;
import se.maltavla.dataimport.row.ChunkResult;
import se.maltavla.dataimport.row.FileContext;
import se.maltavla.dataimport.row.Rejections;
import se.maltavla.dataimport.row.RowRejectedException;
import se.maltavla.dataimport.row.RowValues;
import se.maltavla.dataimport.row.YearLocks;
import se.maltavla.dataimport.value.NumberValue;
import se.maltavla.dataimport.value.YesNoValue;
import se.maltavla.shared.InvalidValueException;
import se.maltavla.shared.MunicipalityCode;
import se.maltavla.shared.Period;

/**
 * One utfall file's import. Rows are validated one by one, then stored set-wise per chunk: one
 * query for the stored values of the chunk's indicators, one batch of inserts, one of updates
 * and one of history rows. A key repeated within a chunk splits it, so that the later row sees
 * the earlier one stored, as a later file would.
 */
final class MeasurementSession {

    private final FileContext context;
    private final IndicatorIndex indicators;
    private final MeasurementStore store;
    private final Rejections rejections;
    /** Indicators given a value earlier in this file: their chunks must look up what is stored. */
    private final Set<Long> written = new HashSet<>();
    /** A national file repeats a few hundred municipality codes and a few dozen periods. */
    private final Map<String, MunicipalityCode> municipalities = new HashMap<>();

    private final Map<String, Period> periods = new HashMap<>();

    private final YearLocks locks;

    MeasurementSession(FileContext context, IndicatorIndex indicators, MeasurementStore store, YearLocks locks) {
        this.locks = locks;
        this.context = context;
        this.indicators = indicators;
        this.store = store;
        this.rejections = new Rejections(context);
    }

    ChunkResult write(List<CsvRow> rows) {
        ChunkResult result = new ChunkResult();
        List<Value> segment = new ArrayList<>();
        Set<Key> keys = new HashSet<>();
        for (CsvRow row : rows) {
            Value value;
            try {
                value = parse(new RowValues(context.header(), row));
            } catch (RowRejectedException e) {
                result.rejected(rejections.of(row, e));
                continue;
            }
            if (value == null) {
                result.unchanged();
                continue;
            }
            if (!keys.add(value.key())) {
                store(segment, result);
                segment.clear();
                keys.clear();
                keys.add(value.key());
            }
            segment.add(value);
        }
        store(segment, result);
        return result;
    }

    private void store(List<Value> values, ChunkResult result) {
        if (values.isEmpty()) {
            return;
        }
        List<Long> mayHaveValues = values.stream()
                .filter(v -> v.hadValues() || written.contains(v.key().indicatorId()))
                .map(v -> v.key().indicatorId())
                .distinct()
                .toList();
        Map<Key, MeasurementStore.Stored> stored = mayHaveValues.isEmpty() ? Map.of() : store.find(mayHaveValues);
        List<Value> inserts = new ArrayList<>();
        List<Value> updates = new ArrayList<>();
        List<MeasurementStore.Stored> replaced = new ArrayList<>();
        for (Value value : values) {
            MeasurementStore.Stored current = stored.get(value.key());
            if (current == null || !current.sameAs(value.number(), value.yes(), value.comment(), value.reportedBy())) {
                result.changed(value.municipality(), value.period().year());
            }
            if (current == null) {
                inserts.add(value);
                written.add(value.key().indicatorId());
                result.created();
            } else if (current.sameAs(value.number(), value.yes(), value.comment(), value.reportedBy())) {
                result.unchanged();
            } else {
                updates.add(value.withId(current.id()));
                replaced.add(current);
                result.updated();
            }
        }
        store.insert(inserts, context.fileId());
        store.update(updates, replaced, context.fileId());
    }

    /** The row's value, or null for an empty varde ("not reported": changes nothing). */
    private Value parse(RowValues row) {
        String rawValue = row.text("varde");
        if (rawValue == null) {
            return null;
        }
        MunicipalityCode municipality = municipalities.get(row.raw("kommun"));
        if (municipality == null) {
            municipality = row.municipality();
            municipalities.put(row.raw("kommun"), municipality);
        }
        context.limits().requireMunicipality(row, municipality.value());
        String code = row.requiredText("indikatorkod");
        String rawPeriod = row.raw("period");
        Period period = periods.get(rawPeriod);
        if (period == null) {
            try {
                period = Period.parse(rawPeriod);
            } catch (InvalidValueException e) {
                throw new RowRejectedException("period", rawPeriod, e.reasonKey(), e.args());
            }
            periods.put(rawPeriod, period);
        }
        locks.requireOpen(row, municipality.value(), period.year(), "period");
        IndicatorIndex.IndicatorRef indicator =
                indicators.find(municipality.value(), period.year(), RowValues.key(code));
        if (indicator == null) {
            throw row.reject("indikatorkod", "row.indicator.unknown", code, period.year(), municipality);
        }
        context.limits().requireOwned(row, "indikatorkod", "row.reporter.indicator", code, indicator.committee());
        String strategy = row.text("strategi");
        if (strategy != null && !RowValues.key(strategy).equals(RowValues.key(indicator.strategyCode()))) {
            throw row.reject("strategi", "row.indicator.otherstrategy", code, indicator.strategyCode());
        }
        BigDecimal number = null;
        Boolean yes = null;
        try {
            if (indicator.yesNo()) {
                yes = YesNoValue.parse(rawValue);
            } else {
                number = NumberValue.parse(rawValue);
            }
        } catch (InvalidValueException e) {
            throw new RowRejectedException("varde", row.raw("varde"), e.reasonKey(), e.args());
        }
        return new Value(
                new Key(indicator.id(), period.code()),
                municipality.value(),
                period,
                number,
                yes,
                row.text("kommentar"),
                row.text("rapporteradav"),
                row.line(),
                0,
                indicator.hadValues());
    }

    record Key(long indicatorId, String period) {}

    record Value(
            Key key,
            String municipality,
            Period period,
            BigDecimal number,
            Boolean yes,
            String comment,
            String reportedBy,
            long line,
            long id,
            boolean hadValues) {

        Value withId(long storedId) {
            return new Value(key, municipality, period, number, yes, comment, reportedBy, line, storedId, hadValues);
        }
    }
}
