package se.maltavla.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Row locks held by a transaction of another writer, as an import's chunk holds its plan years'
 * {@code plan_year_state} rows until it commits: the statement runs in a transaction of its own,
 * rolled back after {@code hold} (so that on PostgreSQL, which waits for a lock as long as it
 * takes, the code under test goes on) or on {@link #close}, whichever comes first.
 */
public final class HeldLock implements AutoCloseable {

    private final Connection connection;
    private final Thread release;
    private boolean released;

    private HeldLock(Connection connection, Duration hold) {
        this.connection = connection;
        this.release = Thread.ofPlatform().daemon().name("held-lock").start(() -> {
            try {
                Thread.sleep(hold);
            } catch (InterruptedException e) {
                // closed early
            }
            release();
        });
    }

    /** Runs {@code sql} (an update, or a select … for update) and keeps its locks for {@code hold}. */
    public static HeldLock hold(DataSource dataSource, String sql, Duration hold) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
            return new HeldLock(connection, hold);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private synchronized void release() {
        if (released) {
            return;
        }
        released = true;
        try (connection) {
            connection.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException("The held lock could not be released", e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        release.interrupt();
        release.join();
        release();
    }
}
