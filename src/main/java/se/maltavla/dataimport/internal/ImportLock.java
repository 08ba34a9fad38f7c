package se.maltavla.dataimport.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * One import run at a time, across the dashboard's scheduler and jobs/import on the same
 * database: the run holds a row lock (SELECT … FOR UPDATE NOWAIT) in a transaction of its own
 * connection. Unlike a lease in a table (ShedLock), the database releases it the moment the
 * holder's process dies, so the rerun that crash recovery needs can start at once.
 */
@Component
class ImportLock {

    private final DataSource dataSource;

    ImportLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Tries for up to {@code wait}; empty when another run holds the lock all that time. */
    Optional<Held> acquire(Duration wait) throws SQLException {
        Instant deadline = Instant.now().plus(wait);
        while (true) {
            Connection connection = dataSource.getConnection();
            try {
                connection.setAutoCommit(false);
                try (var statement =
                        connection.prepareStatement("select id from import_lock where id = 1 for update nowait")) {
                    statement.executeQuery().close();
                }
                return Optional.of(new Held(connection));
            } catch (SQLException busy) {
                connection.rollback();
                connection.close();
                if (Instant.now().isAfter(deadline)) {
                    return Optional.empty();
                }
                sleep();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for another import run", e);
        }
    }

    /** The lock, released by {@link #close()}. */
    static final class Held implements AutoCloseable {
        private final Connection connection;

        private Held(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void close() {
            try (connection) {
                connection.rollback();
            } catch (SQLException ignored) {
                // the connection is gone, and with it the lock
            }
        }
    }
}
