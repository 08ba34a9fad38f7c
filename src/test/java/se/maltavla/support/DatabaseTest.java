package se.maltavla.support;

import static se.maltavla.db.Tables.*;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that need the database: H2 in memory by default, or the PostgreSQL server
 * named by -Dmaltavla.test.db=postgresql and -Dmaltavla.test.pg.url (jobs/test, .ci/run).
 * Every test starts from an empty database (schema by Flyway, as in production).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Tag("database")
@ActiveProfiles("headless")
public abstract class DatabaseTest {

    @Autowired
    protected DSLContext db;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        // Test files are written whole before a run: no waiting for them to settle (SettlingTest tests it).
        registry.add("maltavla.import.quiet-period", () -> "0s");
        if (onPostgres()) {
            registry.add("spring.datasource.url", () -> System.getProperty("maltavla.test.pg.url"));
            registry.add("spring.datasource.username", () -> System.getProperty("maltavla.test.pg.user"));
            registry.add("spring.datasource.password", () -> System.getProperty("maltavla.test.pg.password"));
        } else {
            registry.add(
                    "spring.datasource.url",
                    () -> "jdbc:h2:mem:maltavla;DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        }
    }

    public static boolean onPostgres() {
        return "postgresql".equals(System.getProperty("maltavla.test.db"));
    }

    @BeforeEach
    void emptyDatabase() {
        db.deleteFrom(YEAR_END_SNAPSHOT).execute();
        db.deleteFrom(YEAR_END_VERSION).execute();
        db.deleteFrom(RESULT_ROW).execute();
        db.deleteFrom(RESULT_CONTRIBUTION).execute();
        db.deleteFrom(RESULT_SET).execute();
        db.deleteFrom(PLAN_YEAR_STATE).execute();
        db.deleteFrom(ACTIVITY_PERSPECTIVE).execute();
        db.deleteFrom(ACTIVITY_LINK).execute();
        db.deleteFrom(ACTIVITY).execute();
        db.deleteFrom(NARRATIVE).execute();
        db.deleteFrom(MEASUREMENT_HISTORY).execute();
        db.deleteFrom(MEASUREMENT).execute();
        db.deleteFrom(INDICATOR_PERSPECTIVE).execute();
        db.deleteFrom(INDICATOR).execute();
        db.deleteFrom(GOAL_LINK).execute();
        db.deleteFrom(GOAL).execute();
        db.deleteFrom(COMMITTEE).execute();
        db.deleteFrom(ELEMENT_LINK).execute();
        db.deleteFrom(STRATEGY_ELEMENT).execute();
        db.deleteFrom(STRATEGY).execute();
        db.deleteFrom(MUNICIPALITY).execute();
        db.deleteFrom(REJECTED_ROW).execute();
        db.execute("update import_file set previous_file_id = null");
        db.deleteFrom(IMPORT_FILE).execute();
        db.deleteFrom(IMPORT_RUN).execute();
        db.deleteFrom(APP_USER_COMMITTEE).execute();
        db.deleteFrom(INBOX_UPLOAD).execute();
        db.deleteFrom(APP_USER).execute();
        db.deleteFrom(AUDIT_ENTRY).execute();
        for (String table : new String[] {
            "batch_step_execution_context",
            "batch_job_execution_context",
            "batch_step_execution",
            "batch_job_execution_params",
            "batch_job_execution",
            "batch_job_instance"
        }) {
            db.execute("delete from " + table);
        }
    }
}
