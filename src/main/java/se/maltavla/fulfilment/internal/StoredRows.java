package se.maltavla.fulfilment.internal;

import static se.maltavla.db.Tables.IMPORT_FILE;
import static se.maltavla.db.Tables.RESULT_ROW;

import java.sql.PreparedStatement;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import se.maltavla.fulfilment.ForecastStatus;
import se.maltavla.fulfilment.IndicatorFigures;
import se.maltavla.fulfilment.Level;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.fulfilment.Status;
import se.maltavla.shared.Decimals;

/** A result set's rows in the {@code result_row} table: written, read back, and compared with rows as computed. */
final class StoredRows {

    private StoredRows() {}

    /** A set's rows in their order, with the file names of their values' sources. */
    static List<ResultRow> read(DSLContext db, long setId) {
        return db.select(RESULT_ROW.fields())
                .select(IMPORT_FILE.FILE_NAME)
                .from(RESULT_ROW)
                .leftJoin(IMPORT_FILE)
                .on(IMPORT_FILE.ID.eq(RESULT_ROW.VALUE_FILE_ID))
                .where(RESULT_ROW.RESULT_SET_ID.eq(setId))
                .orderBy(RESULT_ROW.POSITION)
                .fetch(StoredRows::row);
    }

    /** The columns an insert gives, in the order of {@link #values}. */
    private static final Field<?>[] COLUMNS = {
        RESULT_ROW.RESULT_SET_ID,
        RESULT_ROW.POSITION,
        RESULT_ROW.RESULT_LEVEL,
        RESULT_ROW.SUBJECT_ID,
        RESULT_ROW.PARENT_ID,
        RESULT_ROW.CODE,
        RESULT_ROW.NAME,
        RESULT_ROW.TYPE,
        RESULT_ROW.FULFILMENT,
        RESULT_ROW.STATUS,
        RESULT_ROW.COVERAGE,
        RESULT_ROW.INDICATORS,
        RESULT_ROW.INDICATORS_WITH_VALUE,
        RESULT_ROW.VALUE_NUMBER,
        RESULT_ROW.VALUE_YES,
        RESULT_ROW.VALUE_PERIOD,
        RESULT_ROW.VALUE_FILE_ID,
        RESULT_ROW.VALUE_LINE,
        RESULT_ROW.RAW_PROGRESS,
        RESULT_ROW.BASELINE,
        RESULT_ROW.TARGET_NUMBER,
        RESULT_ROW.TARGET_YES,
        RESULT_ROW.TARGET_DATE,
        RESULT_ROW.FORECAST_VALUE,
        RESULT_ROW.FORECAST_SLOPE,
        RESULT_ROW.FORECAST_PROGRESS,
        RESULT_ROW.FORECAST_STATUS
    };

    /** Rows sent to the database at once. */
    private static final int BATCH = 1000;

    /**
     * Inserts the rows at the given positions, in JDBC batches of a statement jOOQ renders once
     * per call: binding each of a national import's 100,000 rows through jOOQ's batch cost a
     * fifth of the insert (docs/performance.md).
     */
    static void insert(DSLContext db, long setId, List<ResultRow> rows, List<Integer> positions) {
        if (positions.isEmpty()) {
            return;
        }
        String sql = db.render(db.insertInto(RESULT_ROW).columns(COLUMNS).values(new Object[COLUMNS.length]));
        int[] types = new int[COLUMNS.length];
        for (int c = 0; c < COLUMNS.length; c++) {
            types[c] = COLUMNS[c].getDataType().getSQLType();
        }
        db.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int pending = 0;
                for (int position : positions) {
                    Object[] values = values(setId, position, rows.get(position));
                    for (int c = 0; c < values.length; c++) {
                        if (values[c] == null) {
                            statement.setNull(c + 1, types[c]);
                        } else {
                            statement.setObject(c + 1, values[c]);
                        }
                    }
                    statement.addBatch();
                    if (++pending == BATCH) {
                        statement.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    statement.executeBatch();
                }
            }
        });
    }

    /** A row's values in the order of {@link #COLUMNS}. */
    private static Object[] values(long setId, int position, ResultRow row) {
        IndicatorFigures i = row.indicator();
        IndicatorFigures.ValueSource source = i == null ? null : i.source();
        IndicatorFigures.Forecast forecast = i == null ? null : i.forecast();
        return new Object[] {
            setId,
            position,
            row.level().code(),
            row.subjectId(),
            row.parentId(),
            row.code(),
            row.name(),
            row.type(),
            row.fulfilment(),
            row.status().code(),
            row.coverage(),
            row.indicators(),
            row.indicatorsWithValue(),
            i == null ? null : i.valueNumber(),
            i == null ? null : i.valueYes(),
            i == null ? null : i.valuePeriod(),
            source == null ? null : source.fileId(),
            source == null ? null : source.line(),
            i == null ? null : i.rawProgress(),
            i == null ? null : i.baseline(),
            i == null ? null : i.targetNumber(),
            i == null ? null : i.targetYes(),
            i == null ? null : i.targetDate(),
            forecast == null ? null : forecast.value(),
            forecast == null ? null : forecast.slopePerDay(),
            forecast == null ? null : forecast.progress(),
            forecast == null || forecast.status() == null
                    ? null
                    : forecast.status().code()
        };
    }

    /** A row as stored compares equal to the same row as computed: decimals without trailing zeros, sources by id. */
    static ResultRow canonical(ResultRow row) {
        IndicatorFigures i = row.indicator();
        IndicatorFigures figures = null;
        if (i != null) {
            IndicatorFigures.ValueSource source = i.source() == null
                    ? null
                    : new IndicatorFigures.ValueSource(
                            i.source().fileId(), null, i.source().line());
            IndicatorFigures.Forecast forecast = i.forecast() == null
                    ? null
                    : new IndicatorFigures.Forecast(
                            Decimals.plain(i.forecast().value()),
                            Decimals.plain(i.forecast().slopePerDay()),
                            Decimals.plain(i.forecast().progress()),
                            i.forecast().status());
            figures = new IndicatorFigures(
                    Decimals.plain(i.valueNumber()),
                    i.valueYes(),
                    i.valuePeriod(),
                    source,
                    Decimals.plain(i.rawProgress()),
                    Decimals.plain(i.baseline()),
                    Decimals.plain(i.targetNumber()),
                    i.targetYes(),
                    i.targetDate(),
                    forecast);
        }
        return new ResultRow(
                row.level(),
                row.subjectId(),
                row.parentId(),
                row.code(),
                row.name(),
                row.type(),
                Decimals.plain(row.fulfilment()),
                row.status(),
                Decimals.plain(row.coverage()),
                row.indicators(),
                row.indicatorsWithValue(),
                figures);
    }

    private static ResultRow row(Record r) {
        Level level = Level.fromCode(r.get(RESULT_ROW.RESULT_LEVEL));
        IndicatorFigures figures = null;
        if (level == Level.INDIKATOR) {
            Long fileId = r.get(RESULT_ROW.VALUE_FILE_ID);
            IndicatorFigures.ValueSource source = fileId == null
                    ? null
                    : new IndicatorFigures.ValueSource(
                            fileId, r.get(IMPORT_FILE.FILE_NAME), r.get(RESULT_ROW.VALUE_LINE));
            String storedStatus = r.get(RESULT_ROW.FORECAST_STATUS);
            ForecastStatus forecastStatus = storedStatus == null ? null : ForecastStatus.fromCode(storedStatus);
            IndicatorFigures.Forecast forecast = r.get(RESULT_ROW.FORECAST_VALUE) == null
                    ? null
                    : new IndicatorFigures.Forecast(
                            Decimals.plain(r.get(RESULT_ROW.FORECAST_VALUE)),
                            Decimals.plain(r.get(RESULT_ROW.FORECAST_SLOPE)),
                            Decimals.plain(r.get(RESULT_ROW.FORECAST_PROGRESS)),
                            forecastStatus);
            figures = new IndicatorFigures(
                    Decimals.plain(r.get(RESULT_ROW.VALUE_NUMBER)),
                    r.get(RESULT_ROW.VALUE_YES),
                    r.get(RESULT_ROW.VALUE_PERIOD),
                    source,
                    Decimals.plain(r.get(RESULT_ROW.RAW_PROGRESS)),
                    Decimals.plain(r.get(RESULT_ROW.BASELINE)),
                    Decimals.plain(r.get(RESULT_ROW.TARGET_NUMBER)),
                    r.get(RESULT_ROW.TARGET_YES),
                    r.get(RESULT_ROW.TARGET_DATE),
                    forecast);
        }
        return new ResultRow(
                level,
                r.get(RESULT_ROW.SUBJECT_ID),
                r.get(RESULT_ROW.PARENT_ID),
                r.get(RESULT_ROW.CODE),
                r.get(RESULT_ROW.NAME),
                r.get(RESULT_ROW.TYPE),
                Decimals.plain(r.get(RESULT_ROW.FULFILMENT)),
                Status.fromCode(r.get(RESULT_ROW.STATUS)),
                Decimals.plain(r.get(RESULT_ROW.COVERAGE)),
                r.get(RESULT_ROW.INDICATORS),
                r.get(RESULT_ROW.INDICATORS_WITH_VALUE),
                figures);
    }
}
