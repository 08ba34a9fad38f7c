package se.maltavla.dataimport;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.maltavla.support.ImportTestBase;

/**
 * Reading the stored runs (the Import view, {@code /api/v1/import-runs}) needs one database
 * connection at a time. It once read each run's files while the runs' own query still held its
 * connection, so ten clients listing the runs at once held all ten of the pool's connections and
 * waited for an eleventh: every request of every user failed after 30 s (found by
 * {@code ImportUnderLoadTest}).
 */
class ImportRunsReadTest extends ImportTestBase {

    @Autowired
    private DataSource dataSource;

    @Test
    void the_runs_and_their_files_are_read_with_the_one_connection_left_in_the_pool() throws Exception {
        importStrategyAndPlan();
        long runId = imports.recentRuns(1).getFirst().runId();
        int pool = ((HikariDataSource) dataSource).getMaximumPoolSize();
        List<Connection> others = new ArrayList<>();
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            for (int i = 0; i < pool - 1; i++) {
                others.add(dataSource.getConnection());
            }
            Future<List<ImportRunSummary>> runs = reader.submit(() -> imports.recentRuns(20));
            Future<Optional<ImportRunSummary>> run = reader.submit(() -> imports.findRun(runId));

            assertThat(runs.get(10, TimeUnit.SECONDS))
                    .singleElement()
                    .satisfies(r -> assertThat(r.files())
                            .extracting(FileResult::fileName)
                            .containsExactlyInAnyOrder("strategi.csv", "handlingsplan.csv"));
            assertThat(run.get(10, TimeUnit.SECONDS))
                    .get()
                    .extracting(r -> r.files().size())
                    .isEqualTo(2);
        } finally {
            for (Connection connection : others) {
                connection.close();
            }
            reader.shutdown();
            reader.awaitTermination(1, TimeUnit.MINUTES);
        }
    }
}
