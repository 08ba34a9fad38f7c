package se.maltavla.dataimport.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.maltavla.db.Tables.IMPORT_FILE;
import static se.maltavla.db.Tables.IMPORT_RUN;

import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.maltavla.support.UiTest;

/**
 * The Import view following a run it did not start, as another instance on the same database
 * runs it (docs/design-decisions/0024): the run is written into the database here as that
 * instance writes it, and the view reads it as it does on each poll of the browser.
 */
class RunWatchTest extends UiTest {

    @Autowired
    DSLContext db;

    private Long runId;

    @Test
    @WithMockUser(roles = "VIEWER")
    void shows_a_run_of_another_instance_with_its_files_rows_and_then_its_result() {
        OffsetDateTime started = OffsetDateTime.now().minusMinutes(1);
        runId = db.insertInto(IMPORT_RUN)
                .set(IMPORT_RUN.STARTED_AT, started)
                .set(IMPORT_RUN.STATUS, "RUNNING")
                .set(IMPORT_RUN.TRIGGER_SOURCE, "SCHEDULE")
                .set(IMPORT_RUN.INBOX, "/srv/inbox")
                .set(IMPORT_RUN.LANGUAGE, "sv")
                .set(IMPORT_RUN.INSTANCE_ID, "app2")
                .set(IMPORT_RUN.HEARTBEAT_AT, OffsetDateTime.now())
                .returningResult(IMPORT_RUN.ID)
                .fetchSingle(IMPORT_RUN.ID);
        long plan = file("handlingsplan-watch.csv", "handlingsplan", "IMPORTED", 40, 40);
        long values = file("utfall-watch.csv", "utfall", "PROCESSING", 1_200, 5_000);

        navigate(ImportView.class);

        RunWatch watch = $(RunWatch.class).single();
        assertThat(watch.isVisible()).isTrue();
        assertThat(text(watch, "run-watch-status"))
                .startsWith("Körning " + runId + " pågår (nattlig körning, startad ")
                .contains("i instansen app2");
        assertThat(watch.getElement().getTextRecursively())
                .contains("handlingsplan-watch.csv", "40 av 40 rader", "Importerad")
                .contains("utfall-watch.csv", "1\u00a0200 av 5\u00a0000 rader");

        db.update(IMPORT_FILE)
                .set(IMPORT_FILE.ROWS_READ, 4_000L)
                .where(IMPORT_FILE.ID.eq(values))
                .execute();
        watch.refresh();
        assertThat(watch.getElement().getTextRecursively()).contains("4\u00a0000 av 5\u00a0000 rader");

        db.update(IMPORT_FILE)
                .set(IMPORT_FILE.ROWS_READ, 5_000L)
                .set(IMPORT_FILE.STATUS, "IMPORTED")
                .where(IMPORT_FILE.ID.eq(values))
                .execute();
        db.update(IMPORT_RUN)
                .set(IMPORT_RUN.STATUS, "COMPLETED")
                .set(IMPORT_RUN.EXIT_STATUS, 0)
                .set(IMPORT_RUN.FINISHED_AT, OffsetDateTime.now())
                .where(IMPORT_RUN.ID.eq(runId))
                .execute();
        watch.refresh();
        assertThat(text(watch, "run-watch-status"))
                .isEqualTo("Körning " + runId + " är klar; resultatet står i listan nedan.");
        assertThat($(RunsList.class).single().getElement().getTextRecursively())
                .contains("Körning " + runId, "utfall-watch.csv", "handlingsplan-watch.csv");
        assertThat(plan).isPositive();
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void says_when_the_running_instance_has_not_been_heard_from() {
        runId = db.insertInto(IMPORT_RUN)
                .set(IMPORT_RUN.STARTED_AT, OffsetDateTime.now().minusMinutes(10))
                .set(IMPORT_RUN.STATUS, "RUNNING")
                .set(IMPORT_RUN.TRIGGER_SOURCE, "DASHBOARD")
                .set(IMPORT_RUN.INBOX, "/srv/inbox")
                .set(IMPORT_RUN.LANGUAGE, "sv")
                .set(IMPORT_RUN.INSTANCE_ID, "app1")
                .set(IMPORT_RUN.HEARTBEAT_AT, OffsetDateTime.now().minusMinutes(2))
                .returningResult(IMPORT_RUN.ID)
                .fetchSingle(IMPORT_RUN.ID);

        navigate(ImportView.class);

        assertThat(text($(RunWatch.class).single(), "run-watch-status"))
                .startsWith("Körning " + runId + " (startad av en koordinator, startad ")
                .contains("i instansen app1")
                .contains("har inte hörts av på en stund")
                .endsWith("Nästa körning fortsätter dess fil där den slutade.");
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void stays_hidden_while_no_run_is_in_progress() {
        ImportView view = navigate(ImportView.class);

        assertThat($(RunWatch.class).exists()).as("shown").isFalse();
        assertThat(view.getChildren().filter(RunWatch.class::isInstance))
                .as("on the page, hidden")
                .singleElement()
                .matches(watch -> !watch.isVisible());
    }

    @AfterEach
    void removeRun() {
        if (runId != null) {
            db.deleteFrom(IMPORT_FILE).where(IMPORT_FILE.RUN_ID.eq(runId)).execute();
            db.deleteFrom(IMPORT_RUN).where(IMPORT_RUN.ID.eq(runId)).execute();
        }
    }

    private long file(String name, String kind, String status, long read, long total) {
        return db.insertInto(IMPORT_FILE)
                .set(IMPORT_FILE.RUN_ID, runId)
                .set(IMPORT_FILE.FILE_NAME, name)
                .set(IMPORT_FILE.CHECKSUM, name)
                .set(IMPORT_FILE.SIZE_BYTES, 100L)
                .set(IMPORT_FILE.KIND, kind)
                .set(IMPORT_FILE.STATUS, status)
                .set(IMPORT_FILE.ROWS_READ, read)
                .set(IMPORT_FILE.ROWS_TOTAL, total)
                .set(IMPORT_FILE.STARTED_AT, OffsetDateTime.now())
                .returningResult(IMPORT_FILE.ID)
                .fetchSingle(IMPORT_FILE.ID);
    }

    private static String text(RunWatch watch, String id) {
        return watch.getChildren()
                .filter(c -> c.getId().filter(id::equals).isPresent())
                .findFirst()
                .orElseThrow()
                .getElement()
                .getText();
    }
}
