package se.maltavla.dataimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.maltavla.db.Tables.ACTIVITY;
import static se.maltavla.db.Tables.COMMITTEE;
import static se.maltavla.db.Tables.GOAL;
import static se.maltavla.db.Tables.IMPORT_FILE;
import static se.maltavla.db.Tables.IMPORT_RUN;
import static se.maltavla.db.Tables.INDICATOR;
import static se.maltavla.db.Tables.NARRATIVE;
import static se.maltavla.db.Tables.STRATEGY_ELEMENT;
import static se.maltavla.support.SignedIn.as;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import se.maltavla.security.ReporterBinding;
import se.maltavla.security.Role;
import se.maltavla.security.internal.UserRepository;
import se.maltavla.shared.i18n.Messages;
import se.maltavla.support.ImportTestBase;

/**
 * A reporter (rapportör) through the real import: uploads and "Importera nu" as the service is
 * called from the dashboard, the nightly run over the same inbox. Rita reports for Ronneby's
 * Kommunstyrelsen; Kulturnämnden has a goal and an indicator (I3) of its own. Runs on H2 and on
 * PostgreSQL (jobs/test).
 */
class ReporterImportTest extends ImportTestBase {

    private static final Path CONFIGURED_INBOX = temporaryFolder();

    @DynamicPropertySource
    static void inbox(DynamicPropertyRegistry registry) {
        registry.add("maltavla.import.inbox", CONFIGURED_INBOX::toString);
    }

    @Autowired
    UserRepository users;

    @BeforeEach
    void usersAndPlans() throws IOException {
        FileSystemUtils.deleteRecursively(CONFIGURED_INBOX);
        Files.createDirectories(CONFIGURED_INBOX);
        users.insert("koordinator", "{noop}unused-password", Role.COORDINATOR);
        users.insert("Rita", "{noop}unused-password", Role.REPORTER);
        users.updateBinding("Rita", new ReporterBinding("1081", List.of("Kommunstyrelsen")));
        writeStrategy();
        inbox.write(
                "handlingsplan.csv",
                PLAN_HEADER,
                "1081;Kommunstyrelsen;2016;M1;Fler EU-projekt;I1;Antal projekt;tal;oka;0;10;PO1;",
                "1081;Kommunstyrelsen;2016;M1;Fler EU-projekt;I2;Ansökan inlämnad;ja_nej;;;ja;PO1;PER1",
                "1081;Kulturnämnden;2016;M2;Kultur över gränser;I3;Utbyten;tal;oka;0;4;PO1;");
        assertThat(run().exitStatus()).isZero();
    }

    @Test
    void a_reporters_rows_about_other_committees_or_municipalities_are_rejected_one_by_one_with_the_reason()
            throws Exception {
        as(
                "Rita",
                Role.REPORTER,
                () -> imports.upload(
                        "utfall.csv",
                        csv(UTFALL_HEADER, "1081;I1;2016-T1;4", "1081;I3;2016-T1;7", "1384;K1;2016-T1;5")));

        ImportRunResult result = runNow("Rita", Role.REPORTER);

        assertThat(result.exitStatus()).isEqualTo(ImportRunResult.REJECTIONS);
        FileResult file = file(result, "utfall.csv");
        assertThat(file.status()).isEqualTo(FileStatus.IMPORTED);
        assertThat(file.rowsNew()).isEqualTo(1);
        assertThat(file.rowsRejected()).isEqualTo(2);
        assertThat(measuredNumber("I1", "2016-T1")).isEqualByComparingTo("4");
        assertThat(measuredNumber("I3", "2016-T1")).isNull();
        List<Rejection> rejected = as("Rita", Role.REPORTER, () -> imports.rejections(file.fileId(), "", 0, 10));
        assertThat(rejected)
                .extracting(Rejection::line, Rejection::column, Rejection::value, Rejection::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                3L,
                                "indikator_kod",
                                "I3",
                                "Indikatorn I3 hör till Kulturnämnden, men Rita rapporterar bara för Kommunstyrelsen."
                                        + " Be den nämndens rapportör eller koordinatorn läsa in värdet."),
                        org.assertj.core.groups.Tuple.tuple(
                                4L,
                                "kommun",
                                "1384",
                                "Raden gäller Kungsbacka (1384), men Rita rapporterar bara för Ronneby (1081)."
                                        + " Ta bort raden, eller be koordinatorn läsa in den."));
        var run = db.selectFrom(IMPORT_RUN)
                .where(IMPORT_RUN.ID.eq(result.runId()))
                .fetchSingle();
        assertThat(run.getStartedBy()).isEqualTo("Rita");
        assertThat(run.getTriggerSource()).isEqualTo("DASHBOARD");
        assertThat(db.select(IMPORT_FILE.UPLOADED_BY)
                        .from(IMPORT_FILE)
                        .where(IMPORT_FILE.ID.eq(file.fileId()))
                        .fetchSingle(IMPORT_FILE.UPLOADED_BY))
                .isEqualTo("Rita");
    }

    @Test
    void a_reporters_run_takes_only_the_reporters_own_uploads_and_leaves_the_rest_of_the_inbox_alone()
            throws Exception {
        as(
                "koordinator",
                Role.COORDINATOR,
                () -> imports.upload("utfall.csv", csv(UTFALL_HEADER, "1081;I3;2016-T1;7")));
        write(CONFIGURED_INBOX.resolve("natt.csv"), UTFALL_HEADER, "1081;I1;2016-T2;9");
        UploadedFile own =
                as("Rita", Role.REPORTER, () -> imports.upload("utfall.csv", csv(UTFALL_HEADER, "1081;I1;2016-T1;4")));
        assertThat(own.storedName()).as("never over another's file").isEqualTo("utfall-2.csv");

        ImportRunResult reporters = runNow("Rita", Role.REPORTER);

        assertThat(reporters.files()).extracting(FileResult::fileName).containsExactly("utfall-2.csv");
        assertThat(db.fetchCount(IMPORT_FILE, IMPORT_FILE.RUN_ID.eq(reporters.runId())))
                .as("nothing else of the inbox recorded in the reporter's run")
                .isEqualTo(1);
        assertThat(inboxFiles()).containsExactly("natt.csv", "utfall.csv");
        assertThat(measuredNumber("I1", "2016-T1")).isEqualByComparingTo("4");
        assertThat(measuredNumber("I3", "2016-T1")).isNull();
        assertThat(measuredNumber("I1", "2016-T2")).isNull();

        ImportRunResult coordinators = runNow("koordinator", Role.COORDINATOR);

        assertThat(coordinators.exitStatus()).isEqualTo(ImportRunResult.OK);
        assertThat(coordinators.files()).extracting(FileResult::fileName).containsExactly("natt.csv", "utfall.csv");
        assertThat(measuredNumber("I3", "2016-T1")).as("a coordinator's upload").isEqualByComparingTo("7");
        assertThat(measuredNumber("I1", "2016-T2")).as("the inbox's own file").isEqualByComparingTo("9");
        assertThat(as("Rita", Role.REPORTER, () -> imports.recentRuns(10)))
                .as("the reporter sees the run of its own file, and that file only")
                .singleElement()
                .satisfies(run -> {
                    assertThat(run.runId()).isEqualTo(reporters.runId());
                    assertThat(run.files()).extracting(FileResult::fileName).containsExactly("utfall-2.csv");
                });
        assertThat(as("Rita", Role.REPORTER, () -> imports.findRun(coordinators.runId())))
                .isEmpty();
        assertThat(as("koordinator", Role.COORDINATOR, () -> imports.recentRuns(10)))
                .extracting(ImportRunSummary::runId)
                .contains(reporters.runId(), coordinators.runId());
    }

    @Test
    void a_file_replaced_under_the_reporters_name_is_not_the_reporters_to_import() throws Exception {
        as("Rita", Role.REPORTER, () -> imports.upload("utfall.csv", csv(UTFALL_HEADER, "1081;I1;2016-T1;4")));
        write(CONFIGURED_INBOX.resolve("utfall.csv"), UTFALL_HEADER, "1081;I3;2016-T1;7");

        ImportRunResult reporters = runNow("Rita", Role.REPORTER);

        assertThat(reporters.files()).isEmpty();
        assertThat(inboxFiles()).containsExactly("utfall.csv");

        ImportRunResult nightly = imports.run(
                CONFIGURED_INBOX,
                ImportTrigger.SCHEDULE,
                Messages.SWEDISH,
                Duration.ofSeconds(30),
                ImportProgress.NONE);

        assertThat(nightly.exitStatus())
                .as("nobody's file: no reporter's limits")
                .isEqualTo(ImportRunResult.OK);
        assertThat(measuredNumber("I3", "2016-T1")).isEqualByComparingTo("7");
    }

    @Test
    void the_nightly_run_imports_a_reporters_upload_with_the_reporters_rights_as_they_are_then() throws Exception {
        as(
                "Rita",
                Role.REPORTER,
                () -> imports.upload("utfall.csv", csv(UTFALL_HEADER, "1081;I1;2016-T1;4", "1081;I3;2016-T1;7")));
        users.updateBinding("Rita", new ReporterBinding("1081", List.of("Kulturnämnden")));

        ImportRunResult nightly = imports.run(
                CONFIGURED_INBOX,
                ImportTrigger.SCHEDULE,
                Messages.SWEDISH,
                Duration.ofSeconds(30),
                ImportProgress.NONE);

        assertThat(nightly.exitStatus()).isEqualTo(ImportRunResult.REJECTIONS);
        assertThat(measuredNumber("I1", "2016-T1")).as("no longer Rita's nämnd").isNull();
        assertThat(measuredNumber("I3", "2016-T1")).isEqualByComparingTo("7");
        assertThat(file(nightly, "utfall.csv").firstRejections())
                .extracting(Rejection::reason)
                .containsExactly("Indikatorn I1 hör till Kommunstyrelsen, men Rita rapporterar bara för Kulturnämnden."
                        + " Be den nämndens rapportör eller koordinatorn läsa in värdet.");
    }

    @Test
    void a_disabled_reporters_upload_changes_nothing() throws Exception {
        as("Rita", Role.REPORTER, () -> imports.upload("utfall.csv", csv(UTFALL_HEADER, "1081;I1;2016-T1;4")));
        users.updateEnabled("Rita", false);

        ImportRunResult nightly = imports.run(
                CONFIGURED_INBOX,
                ImportTrigger.SCHEDULE,
                java.util.Locale.ENGLISH,
                Duration.ofSeconds(30),
                ImportProgress.NONE);

        assertThat(nightly.exitStatus()).isEqualTo(ImportRunResult.REJECTIONS);
        assertThat(measuredNumber("I1", "2016-T1")).isNull();
        assertThat(file(nightly, "utfall.csv").firstRejections())
                .extracting(Rejection::reason)
                .containsExactly("Rita may no longer report (the account is disabled, has no committee or is no longer"
                        + " a reporter). Ask the coordinator to import the file.");
    }

    @Test
    void a_reporters_plan_may_not_name_another_committee_or_take_its_indicator() throws Exception {
        as(
                "Rita",
                Role.REPORTER,
                () -> imports.upload(
                        "handlingsplan.csv",
                        csv(
                                PLAN_HEADER,
                                "1081;Kommunstyrelsen;2016;M1;Fler EU-projekt;I4;Nya partner;tal;oka;0;5;PO1;",
                                "1081;Kulturnämnden;2016;M9;Mer kultur;I5;Konserter;tal;oka;0;5;PO1;",
                                "1081;kommunstyrelsen;2016;M1;Fler EU-projekt;I3;Utbyten;tal;oka;0;5;PO1;")));

        ImportRunResult result = runNow("Rita", Role.REPORTER);

        assertThat(result.exitStatus()).isEqualTo(ImportRunResult.REJECTIONS);
        assertThat(file(result, "handlingsplan.csv").firstRejections())
                .extracting(Rejection::line, Rejection::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                3L,
                                "Raden gäller nämnden Kulturnämnden, men Rita rapporterar bara för Kommunstyrelsen."
                                        + " Ta bort raden, eller be koordinatorn läsa in den."),
                        org.assertj.core.groups.Tuple.tuple(
                                4L,
                                "Indikatorn I3 finns redan i planen för Kulturnämnden, och Rita rapporterar bara för"
                                        + " Kommunstyrelsen. Använd en annan indikatorkod eller be koordinatorn."));
        assertThat(db.select(INDICATOR.CODE)
                        .from(INDICATOR)
                        .orderBy(INDICATOR.CODE)
                        .fetch(INDICATOR.CODE))
                .containsExactly("I1", "I2", "I3", "I4");
        assertThat(db.select(COMMITTEE.NAME)
                        .from(INDICATOR)
                        .join(GOAL)
                        .on(GOAL.ID.eq(INDICATOR.GOAL_ID))
                        .join(COMMITTEE)
                        .on(COMMITTEE.ID.eq(GOAL.COMMITTEE_ID))
                        .where(INDICATOR.CODE.eq("I3"))
                        .fetchSingle(COMMITTEE.NAME))
                .isEqualTo("Kulturnämnden");
    }

    @Test
    void a_reporters_texts_and_activities_must_name_the_reporters_committee() throws Exception {
        inbox.write(
                "aktiviteter.csv",
                "kommun;aktivitet_kod;typ;namn;namnd;startdatum",
                "1081;A1;projekt;Kulturbro;Kulturnämnden;2016-03-01");
        assertThat(run().exitStatus()).isZero();
        as(
                "Rita",
                Role.REPORTER,
                () -> imports.upload(
                        "berattelse.csv",
                        csv(
                                "kommun;ar;kod;text;namnd",
                                "1081;2016;PO1;Bra år.;",
                                "1081;2016;PO1;Tre nya projekt.;Kommunstyrelsen")));
        as(
                "Rita",
                Role.REPORTER,
                () -> imports.upload(
                        "aktiviteter.csv",
                        csv(
                                "kommun;aktivitet_kod;typ;namn;namnd;startdatum",
                                "1081;A1;projekt;Kulturbro;Kommunstyrelsen;2016-03-01",
                                "1081;A2;natverk;Eurocities;Kommunstyrelsen;2016-03-01")));

        ImportRunResult result = runNow("Rita", Role.REPORTER);

        assertThat(file(result, "berattelse.csv").firstRejections())
                .extracting(Rejection::line, Rejection::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        2L,
                        "Raden anger ingen nämnd. Rita rapporterar för Kommunstyrelsen: skriv en av dem i kolumnen"
                                + " namnd, eller be koordinatorn läsa in raden."));
        assertThat(db.fetchCount(NARRATIVE)).isEqualTo(1);
        assertThat(file(result, "aktiviteter.csv").firstRejections())
                .extracting(Rejection::line, Rejection::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        2L,
                        "Aktiviteten A1 är redan rapporterad av Kulturnämnden, och Rita rapporterar bara för"
                                + " Kommunstyrelsen. Använd en annan aktivitetskod eller be koordinatorn."));
        assertThat(db.select(ACTIVITY.CODE)
                        .from(ACTIVITY)
                        .orderBy(ACTIVITY.CODE)
                        .fetch(ACTIVITY.CODE))
                .containsExactly("A1", "A2");
    }

    @Test
    void a_reporters_strategy_file_is_rejected_whole() throws Exception {
        as(
                "Rita",
                Role.REPORTER,
                () -> imports.upload(
                        "strategi.csv", csv(STRATEGY_HEADER, "1081;S1;prioriterat_omrade;PO9;Egen prioritering;;;")));

        ImportRunResult result = runNow("Rita", Role.REPORTER);

        assertThat(result.exitStatus()).isEqualTo(ImportRunResult.REJECTIONS);
        FileResult file = file(result, "strategi.csv");
        assertThat(file.status()).isEqualTo(FileStatus.REJECTED);
        assertThat(file.message())
                .isEqualTo("En strategifil gäller hela kommunen och kan bara läsas in av en koordinator; den skickades"
                        + " av Rita, som är rapportör. Skicka den till koordinatorn.");
        assertThat(db.fetchCount(STRATEGY_ELEMENT, STRATEGY_ELEMENT.CODE.eq("PO9")))
                .isZero();
        assertThat(Files.exists(CONFIGURED_INBOX.resolve("failed/strategi.csv")))
                .isTrue();
    }

    @Test
    void a_reporter_reads_the_rejected_rows_of_its_own_files_only() throws Exception {
        write(CONFIGURED_INBOX.resolve("utfall.csv"), UTFALL_HEADER, "1081;I1;2016-T1;fyra");
        ImportRunResult others = imports.run(
                CONFIGURED_INBOX,
                ImportTrigger.SCHEDULE,
                Messages.SWEDISH,
                Duration.ofSeconds(30),
                ImportProgress.NONE);
        long fileId = file(others, "utfall.csv").fileId();

        assertThatThrownBy(() -> as("Rita", Role.REPORTER, () -> imports.rejections(fileId, "", 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("Rita", Role.REPORTER, () -> imports.rejectedRows(fileId, "", 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("Rita", Role.REPORTER, () -> imports.countRejections(fileId, "")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("Rita", Role.REPORTER, () -> {
                    imports.forEachRejection(fileId, "", r -> {});
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("Rita", Role.REPORTER, () -> imports.findRun(others.runId())))
                .isEmpty();
        assertThat(as("Rita", Role.REPORTER, () -> imports.recentRuns(10))).isEmpty();
        assertThat(as("Rita", Role.REPORTER, () -> imports.latestRejectedValue("1081", "I1", 2016)))
                .isEmpty();
        assertThat(as("koordinator", Role.COORDINATOR, () -> imports.latestRejectedValue("1081", "I1", 2016)))
                .isPresent();
        assertThat(as("koordinator", Role.COORDINATOR, () -> imports.countRejections(fileId, "")))
                .isEqualTo(1);
    }

    @Test
    void the_coordinator_sees_each_committees_reporting_status() throws Exception {
        as(
                "Rita",
                Role.REPORTER,
                () -> imports.upload("utfall-ks.csv", csv(UTFALL_HEADER, "1081;I1;2016-T1;4", "1081;I3;2016-T1;7")));
        runNow("Rita", Role.REPORTER);

        List<CommitteeReporting> status = as("koordinator", Role.COORDINATOR, () -> reporting.status("1081", 2016));

        assertThat(status)
                .extracting(CommitteeReporting::committee)
                .containsExactly("Kommunstyrelsen", "Kulturnämnden");
        CommitteeReporting ks = status.get(0);
        assertThat(ks.lastFile()).isEqualTo("utfall-ks.csv");
        assertThat(ks.lastFileBy()).isEqualTo("Rita");
        assertThat(ks.latestPeriod()).isEqualTo("2016-T1");
        assertThat(ks.indicators()).isEqualTo(2);
        assertThat(ks.reportedForLatest()).isEqualTo(1);
        assertThat(ks.rejectedWaiting()).isZero();
        assertThat(ks.reporters()).containsExactly("Rita");
        CommitteeReporting culture = status.get(1);
        assertThat(culture.lastFile()).isEqualTo("handlingsplan.csv");
        assertThat(culture.lastFileBy()).as("the inbox's own file").isNull();
        assertThat(culture.reportedLatest()).isFalse();
        assertThat(culture.rejectedWaiting()).as("Rita's row for I3").isEqualTo(1);
        assertThat(culture.reporters()).isEmpty();

        write(CONFIGURED_INBOX.resolve("utfall-kultur.csv"), UTFALL_HEADER, "1081;I3;2016-T1;7");
        imports.run(
                CONFIGURED_INBOX,
                ImportTrigger.SCHEDULE,
                Messages.SWEDISH,
                Duration.ofSeconds(30),
                ImportProgress.NONE);

        CommitteeReporting after = as("koordinator", Role.COORDINATOR, () -> reporting.status("1081", 2016))
                .get(1);
        assertThat(after.lastFile()).isEqualTo("utfall-kultur.csv");
        assertThat(after.reportedForLatest()).isEqualTo(1);
        assertThat(after.rejectedWaiting()).as("made good by a later file").isZero();
        assertThatThrownBy(() -> as("Rita", Role.REPORTER, () -> reporting.status("1081", 2016)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("Läsare", Role.VIEWER, () -> reporting.status("1081", 2016)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Autowired
    ReportingStatusService reporting;

    // helpers

    private ImportRunResult runNow(String user, Role role) throws Exception {
        return as(user, role, () -> imports.startInboxRun(Messages.SWEDISH, ImportProgress.NONE))
                .get(30, TimeUnit.SECONDS);
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("maltavla-reporter-inbox");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ByteArrayInputStream csv(String... lines) {
        return new ByteArrayInputStream((String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void write(Path file, String... lines) throws IOException {
        Files.writeString(file, String.join("\r\n", lines) + "\r\n");
    }

    private static List<String> inboxFiles() {
        try (Stream<Path> entries = Files.list(CONFIGURED_INBOX)) {
            return entries.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
