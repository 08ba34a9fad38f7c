package se.maltavla.dataimport.measurement;

import static se.maltavla.db.Tables.MEASUREMENT;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import se.maltavla.dataimport.measurement.MeasurementSession.Key;
import se.maltavla.dataimport.measurement.MeasurementSession.Value;

/**
 * The measurement table's writes, in the caller's (the chunk's) transaction. New values go in
 * by JDBC batch, or on PostgreSQL by COPY, which is transactional and several times faster.
 */
@Component
class MeasurementStore {

    private static final String INSERT = "insert into measurement (indicator_id, period, period_end, period_rank, "
            + "value_number, value_yes, comment, reported_by, source_file_id, source_line) values (?,?,?,?,?,?,?,?,?,?)";
    private static final String COPY = "COPY measurement (indicator_id, period, period_end, period_rank, "
            + "value_number, value_yes, comment, reported_by, source_file_id, source_line) FROM STDIN (FORMAT csv)";
    private static final String UPDATE = "update measurement set value_number = ?, value_yes = ?, comment = ?, "
            + "reported_by = ?, source_file_id = ?, source_line = ? where id = ?";
    private static final String HISTORY = "insert into measurement_history (measurement_id, value_number, value_yes, "
            + "comment, reported_by, source_file_id, source_line, replaced_by_file_id, replaced_at) values (?,?,?,?,?,?,?,?,?)";

    private final DSLContext db;
    private final DataSource dataSource;

    MeasurementStore(DSLContext db, DataSource dataSource) {
        this.db = db;
        this.dataSource = dataSource;
    }

    record Stored(
            long id,
            long indicatorId,
            String period,
            BigDecimal number,
            Boolean yes,
            String comment,
            String reportedBy,
            Long sourceFileId,
            Long sourceLine) {

        boolean sameAs(BigDecimal otherNumber, Boolean otherYes, String otherComment, String otherReportedBy) {
            boolean sameNumber =
                    number == null ? otherNumber == null : otherNumber != null && number.compareTo(otherNumber) == 0;
            return sameNumber
                    && Objects.equals(yes, otherYes)
                    && Objects.equals(comment, otherComment)
                    && Objects.equals(reportedBy, otherReportedBy);
        }
    }

    Map<Key, Stored> find(List<Long> indicatorIds) {
        Map<Key, Stored> map = new HashMap<>();
        db.select(
                        MEASUREMENT.ID,
                        MEASUREMENT.INDICATOR_ID,
                        MEASUREMENT.PERIOD,
                        MEASUREMENT.VALUE_NUMBER,
                        MEASUREMENT.VALUE_YES,
                        MEASUREMENT.COMMENT,
                        MEASUREMENT.REPORTED_BY,
                        MEASUREMENT.SOURCE_FILE_ID,
                        MEASUREMENT.SOURCE_LINE)
                .from(MEASUREMENT)
                // inlined ids: a prepared statement's cached generic plan on PostgreSQL scans the
                // whole table once it was planned on an empty one (docs/performance.md)
                .where(MEASUREMENT.INDICATOR_ID.in(
                        indicatorIds.stream().map(DSL::inline).toList()))
                .forEach(r -> map.put(
                        new Key(r.value2(), r.value3()),
                        new Stored(
                                r.value1(),
                                r.value2(),
                                r.value3(),
                                r.value4(),
                                r.value5(),
                                r.value6(),
                                r.value7(),
                                r.value8(),
                                r.value9())));
        return map;
    }

    void insert(List<Value> values, long fileId) {
        if (values.isEmpty()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            if (db.dialect().family() == SQLDialect.POSTGRES) {
                copy(connection, values, fileId);
            } else {
                batchInsert(connection, values, fileId);
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not store measured values: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void batchInsert(Connection connection, List<Value> values, long fileId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
            for (Value v : values) {
                ps.setLong(1, v.key().indicatorId());
                ps.setString(2, v.period().code());
                ps.setDate(3, Date.valueOf(v.period().end()));
                ps.setShort(4, (short) v.period().kind().rank());
                ps.setBigDecimal(5, v.number());
                setBoolean(ps, 6, v.yes());
                ps.setString(7, v.comment());
                ps.setString(8, v.reportedBy());
                ps.setLong(9, fileId);
                ps.setLong(10, v.line());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void copy(Connection connection, List<Value> values, long fileId) throws SQLException, IOException {
        StringBuilder csv = new StringBuilder(values.size() * 64);
        for (Value v : values) {
            csv.append(v.key().indicatorId())
                    .append(',')
                    .append(v.period().code())
                    .append(',')
                    .append(v.period().end())
                    .append(',')
                    .append(v.period().kind().rank())
                    .append(',')
                    .append(v.number() == null ? "" : v.number().toPlainString())
                    .append(',')
                    .append(v.yes() == null ? "" : v.yes())
                    .append(',');
            quote(csv, v.comment()).append(',');
            quote(csv, v.reportedBy())
                    .append(',')
                    .append(fileId)
                    .append(',')
                    .append(v.line())
                    .append('\n');
        }
        try (var statement = connection.createStatement()) {
            // The chunk's commit need not wait for the disk: a later synchronous commit (the
            // file marked imported, before its move to the archive) flushes the log up to here,
            // and a chunk lost in a power cut is lost with its reader position, so it is redone.
            statement.execute("set local synchronous_commit to off");
        }
        connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new StringReader(csv.toString()));
    }

    /** CSV for COPY: null is an empty unquoted field, text is always quoted ("" is an empty string). */
    private static StringBuilder quote(StringBuilder csv, String text) {
        if (text == null) {
            return csv;
        }
        return csv.append('"').append(text.replace("\"", "\"\"")).append('"');
    }

    void update(List<Value> values, List<Stored> replaced, long fileId) {
        if (values.isEmpty()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement history = connection.prepareStatement(HISTORY);
                PreparedStatement update = connection.prepareStatement(UPDATE)) {
            for (Stored old : replaced) {
                history.setLong(1, old.id());
                history.setBigDecimal(2, old.number());
                setBoolean(history, 3, old.yes());
                history.setString(4, old.comment());
                history.setString(5, old.reportedBy());
                setLong(history, 6, old.sourceFileId());
                setLong(history, 7, old.sourceLine());
                history.setLong(8, fileId);
                history.setTimestamp(9, now);
                history.addBatch();
            }
            history.executeBatch();
            for (Value v : values) {
                update.setBigDecimal(1, v.number());
                setBoolean(update, 2, v.yes());
                update.setString(3, v.comment());
                update.setString(4, v.reportedBy());
                update.setLong(5, fileId);
                update.setLong(6, v.line());
                update.setLong(7, v.id());
                update.addBatch();
            }
            update.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not update measured values: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void setBoolean(PreparedStatement ps, int index, Boolean value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BOOLEAN);
        } else {
            ps.setBoolean(index, value);
        }
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}
