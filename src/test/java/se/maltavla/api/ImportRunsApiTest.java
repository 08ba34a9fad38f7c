package se.maltavla.api;

import static org.assertj.core.api.Assertions.assertThat;
import static se.maltavla.db.Tables.IMPORT_RUN;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import se.maltavla.dataimport.FileResult;
import se.maltavla.dataimport.ImportRunResult;
import se.maltavla.support.ApiTestBase;
import tools.jackson.databind.JsonNode;

/** The import runs and their files' summaries, as jobs/import prints them. */
class ImportRunsApiTest extends ApiTestBase {

    @Test
    void the_sample_import_lists_its_files_with_their_counts() {
        inbox.copySamples("ronneby");
        ImportRunResult result = run();

        JsonNode runs = json("/api/v1/import-runs");

        assertThat(runs).hasSize(1);
        JsonNode runJson = runs.get(0);
        assertThat(runJson.get("id").asLong()).isEqualTo(result.runId());
        assertThat(runJson.get("slutstatus").asInt()).isZero();
        assertThat(runJson.get("startad").asString()).isNotBlank();
        JsonNode files = runJson.get("filer");
        assertThat(files).hasSize(result.files().size());
        for (int i = 0; i < files.size(); i++) {
            FileResult expected = result.files().get(i);
            JsonNode file = files.get(i);
            assertThat(file.get("fil").asString()).isEqualTo(expected.fileName());
            assertThat(file.get("typ").asString()).isEqualTo(expected.kind());
            assertThat(file.get("status").asString()).isEqualTo("IMPORTED");
            assertThat(file.get("lasta").asLong())
                    .as(expected.fileName())
                    .isEqualTo(expected.rowsRead())
                    .isPositive();
            assertThat(file.get("nya").asLong()).isEqualTo(expected.rowsNew());
            assertThat(file.get("uppdaterade").asLong()).isEqualTo(expected.rowsUpdated());
            assertThat(file.get("oforandrade").asLong()).isEqualTo(expected.rowsUnchanged());
            assertThat(file.get("avvisade").asLong()).isEqualTo(expected.rowsRejected());
        }
        JsonNode strategy = files.get(0);
        assertThat(strategy.get("fil").asString()).isEqualTo("strategi.csv");
        assertThat(strategy.get("lasta").asLong()).isEqualTo(38);
    }

    @Test
    void the_latest_runs_come_first_and_limit_keeps_that_many() {
        importStrategyAndPlan();
        inbox.write("utfall.csv", UTFALL_HEADER, "1081;I1;2016-T1;4");
        long second = run().runId();

        assertThat(json("/api/v1/import-runs")).hasSize(2);
        JsonNode latest = json("/api/v1/import-runs?limit=1");
        assertThat(latest).hasSize(1);
        assertThat(latest.get(0).get("id").asLong()).isEqualTo(second);
    }

    @Test
    void one_run_with_its_rejected_rows() {
        importStrategyAndPlan();
        inbox.write("utfall.csv", UTFALL_HEADER, "1081;I1;2016-T1;12 x", "1081;I1;2016-T2;5");
        long runId = run().runId();

        JsonNode run = json("/api/v1/import-runs/" + runId);

        assertThat(run.get("slutstatus").asInt()).isEqualTo(2);
        JsonNode file = run.get("filer").get(0);
        assertThat(file.get("lasta").asLong()).isEqualTo(2);
        assertThat(file.get("nya").asLong()).isEqualTo(1);
        assertThat(file.get("avvisade").asLong()).isEqualTo(1);
        JsonNode rejection = file.get("forsta_avvisade").get(0);
        assertThat(rejection.get("rad").asLong()).isEqualTo(2);
        assertThat(rejection.get("kolumn").asString()).isEqualTo("varde");
        assertThat(rejection.get("varde").asString()).isEqualTo("12 x");
        assertThat(rejection.get("orsak").asString()).startsWith("Inte ett tal.");
    }

    @Test
    void a_failed_run_says_what_to_do_and_never_shows_the_stored_exception_or_the_servers_paths() {
        importStrategyAndPlan();
        long runId = run().runId();
        // What the import stored before errors had kinds, for a run that failed: e.getMessage() with the server's
        // paths.
        db.update(IMPORT_RUN)
                .set(IMPORT_RUN.STATUS, "FAILED")
                .set(IMPORT_RUN.EXIT_STATUS, 1)
                .set(
                        IMPORT_RUN.ERROR_MESSAGE,
                        "Importen misslyckades och kan köras igen: org.h2.jdbc.JdbcSQLDataException: "
                                + "Value too long for column \"ENHET CHARACTER VARYING(100)\" at /srv/maltavla/data/inbox/plan.csv")
                .where(IMPORT_RUN.ID.eq(runId))
                .execute();

        JsonNode sv = json("/api/v1/import-runs/" + runId);
        JsonNode en = JSON.readTree(
                        body(get("/api/v1/import-runs?limit=1").header("Accept-Language", "en"), HttpStatus.OK))
                .get(0);

        assertThat(sv.get("fel_kod").asString()).isEqualTo("internal");
        assertThat(sv.get("fel").asString())
                .startsWith("Körningen misslyckades av ett fel i Måltavla eller på servern.")
                .contains("kör importen igen", "\"Import run " + runId + "\"")
                .doesNotContain("/srv", "Exception", "org.h2", "ENHET", "plan.csv");
        assertThat(en.get("fel").asString())
                .startsWith("The run failed because of an error in Måltavla or on the server.")
                .contains("\"Import run " + runId + "\"")
                .doesNotContain("/srv", "Exception");
        assertThat(en.get("fel_kod").asString()).isEqualTo("internal");
    }

    @Test
    void a_run_stored_with_a_known_kind_of_failure_gets_that_kinds_advice() {
        importStrategyAndPlan();
        long runId = run().runId();
        db.update(IMPORT_RUN)
                .set(IMPORT_RUN.EXIT_STATUS, 1)
                .set(
                        IMPORT_RUN.ERROR_MESSAGE,
                        "Importen misslyckades och kan köras igen: databasen svarar inte (felkod 1a2b3c4d).")
                .set(IMPORT_RUN.ERROR_KIND, "database")
                .where(IMPORT_RUN.ID.eq(runId))
                .execute();

        JsonNode run = json("/api/v1/import-runs/" + runId);

        assertThat(run.get("fel_kod").asString()).isEqualTo("database");
        assertThat(run.get("fel").asString())
                .startsWith("Databasen gick inte att nå under körningen.")
                .doesNotContain("/srv", "30000");
    }

    @Test
    void a_run_without_an_error_has_none() {
        importStrategyAndPlan();

        JsonNode run = json("/api/v1/import-runs").get(0);

        assertThat(run.get("fel").isNull()).isTrue();
        assertThat(run.get("fel_kod").isNull()).isTrue();
    }
}
