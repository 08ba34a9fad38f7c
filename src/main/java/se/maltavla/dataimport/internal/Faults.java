package se.maltavla.dataimport.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;

/**
 * Whose fault an error during a file's import is (docs/design-decisions/0010-faults-during-import.md):
 * the surroundings' (the database unreachable, the disk full: the run fails with exit status 1
 * and the file stays for the rerun, as crash recovery expects), the file's reading (it vanished
 * or an input/output error: the file stays, the run goes on), or the file's content (whatever
 * the bug: the file goes to failed/ and the run goes on). An error is only put down to the
 * content when the database still answers.
 */
@Component
class Faults {

    enum Fault {
        SURROUNDINGS,
        READING,
        CONTENT
    }

    // SQLSTATE classes of the server's or the connection's trouble: connection (08), resources
    // such as a full disk (53), operator intervention (57), system error (58), rollback (40).
    private static final Set<String> SURROUNDING_STATES = Set.of("08", "53", "57", "58", "40");
    // H2's own codes for I/O trouble, a closed or locked database, a broken connection.
    private static final Set<Integer> H2_SURROUNDING_CODES =
            Set.of(90028, 90031, 90098, 90020, 90121, 90067, 90108, 50200);

    private final DSLContext db;

    Faults(DSLContext db) {
        this.db = db;
    }

    Fault classify(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (surroundings(t)) {
                return Fault.SURROUNDINGS;
            }
        }
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof se.maltavla.dataimport.csv.CsvFormatException) {
                break; // the file's CSV, read again: content
            }
            if (t instanceof NoSuchFileException
                    || t instanceof AccessDeniedException
                    || (t instanceof IOException && !(t instanceof org.apache.commons.csv.CSVException))) {
                return Fault.READING;
            }
        }
        return databaseAnswers() ? Fault.CONTENT : Fault.SURROUNDINGS;
    }

    private static boolean surroundings(Throwable t) {
        if (t instanceof VirtualMachineError
                || t instanceof CannotGetJdbcConnectionException
                || t instanceof DataAccessResourceFailureException
                || t instanceof TransientDataAccessException
                || t instanceof SQLTransientException
                || t instanceof SQLRecoverableException
                || t instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && state.length() >= 2 && SURROUNDING_STATES.contains(state.substring(0, 2))) {
                return true;
            }
            if (sql.getClass().getName().startsWith("org.h2.") && H2_SURROUNDING_CODES.contains(sql.getErrorCode())) {
                return true;
            }
        }
        String message = t.getMessage();
        return message != null
                && (message.contains("No space left on device") || message.contains("Disk quota exceeded"));
    }

    private boolean databaseAnswers() {
        try {
            db.selectOne().fetch();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
