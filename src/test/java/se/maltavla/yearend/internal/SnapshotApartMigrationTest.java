package se.maltavla.yearend.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import se.maltavla.yearend.YearEndVersion;

/**
 * Upgrading a database with locked years to V15 (the snapshots in a table of their own) keeps
 * every version and its snapshot exactly as stored: an upgrade never changes or loses a locked year.
 */
class SnapshotApartMigrationTest {

    @Test
    void an_upgrade_keeps_every_locked_version_and_its_snapshot() throws SQLException {
        String url = "jdbc:h2:mem:migration-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        migrate(url, "12");
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            DSLContext db = DSL.using(connection, SQLDialect.H2);
            db.execute("insert into municipality (code, name) values ('1081', 'Ronneby')");
            for (int version = 1; version <= 2; version++) {
                db.execute(
                        "insert into year_end_version (municipality_code, plan_year, version, evaluation_date, "
                                + "locked_at, locked_by, reopened_at, reopened_by, reopen_reason, snapshot_format, "
                                + "snapshot) values ('1081', 2016, ?, date '2016-12-31', timestamp with time zone "
                                + "'2017-02-10 09:00:00+01', 'koordinatorn', ?, ?, ?, 1, ?)",
                        version,
                        version == 1 ? java.time.OffsetDateTime.parse("2017-03-01T10:00:00+01:00") : null,
                        version == 1 ? "koordinatorn" : null,
                        version == 1 ? "Ett sent värde" : null,
                        "{\"format\":1,\"version\":" + version + ",\"municipality\":\"1081\"}");
            }
        }

        migrate(url, null);

        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            DSLContext db = DSL.using(connection, SQLDialect.H2);
            YearEndRepository repository = new YearEndRepository(db);
            assertThat(repository.versions("1081", 2016))
                    .extracting(YearEndVersion::version, YearEndVersion::reopenReason)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(2, null),
                            org.assertj.core.groups.Tuple.tuple(1, "Ett sent värde"));
            YearEndRepository.Locked inForce = repository.lockedAt("1081", 2016).orElseThrow();
            assertThat(inForce.version()).isEqualTo(2);
            assertThat(inForce.evaluationDate()).isEqualTo(LocalDate.of(2016, 12, 31));
            long first = repository.find("1081", 2016, 1).orElseThrow().getId();
            assertThat(repository.snapshotJson(first))
                    .contains("{\"format\":1,\"version\":1,\"municipality\":\"1081\"}");
            assertThat(repository.snapshotJson(inForce.id()))
                    .contains("{\"format\":1,\"version\":2,\"municipality\":\"1081\"}");
        }
    }

    private static void migrate(String url, String target) {
        var configuration = Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration", "classpath:db/vendor/h2");
        if (target != null) {
            configuration.target(target);
        }
        configuration.load().migrate();
    }
}
