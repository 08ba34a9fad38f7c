package se.maltavla.dataimport.internal;

import static se.maltavla.db.Tables.IMPORT_FILE;
import static se.maltavla.db.Tables.IMPORT_RUN;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.maltavla.audit.AuditEvent;
import se.maltavla.audit.AuditKind;
import se.maltavla.dataimport.FileResult;
import se.maltavla.dataimport.FileStatus;
import se.maltavla.dataimport.ImportBusyException;
import se.maltavla.dataimport.ImportCompleted;
import se.maltavla.dataimport.ImportProgress;
import se.maltavla.dataimport.ImportRunResult;
import se.maltavla.dataimport.ImportRunSummary;
import se.maltavla.dataimport.ImportService;
import se.maltavla.dataimport.ImportTrigger;
import se.maltavla.dataimport.RejectedRow;
import se.maltavla.dataimport.RejectedValue;
import se.maltavla.dataimport.Rejection;
import se.maltavla.dataimport.RunningImport;
import se.maltavla.dataimport.UploadedFile;
import se.maltavla.db.tables.records.ImportRunRecord;
import se.maltavla.scheduling.InstanceName;
import se.maltavla.security.ReporterRights;
import se.maltavla.shared.i18n.Messages;

@Service
class DefaultImportService implements ImportService {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultImportService.class);

    private final ImportLock lock;
    private final ImportLog log;
    private final ImportRunner runner;
    private final DSLContext db;
    private final MessageSource messages;
    private final RejectionQueries rejections;
    private final InboxUploads uploads;
    private final BackgroundRuns background;
    private final StaleRuns stale;
    private final ApplicationEventPublisher events;
    private final ReporterRights rights;
    private final UploadRecords uploadRecords;
    private final InstanceName instance;
    private final RunHeartbeat heartbeat;

    DefaultImportService(
            ReporterRights rights,
            UploadRecords uploadRecords,
            ImportLock lock,
            ImportLog log,
            ImportRunner runner,
            DSLContext db,
            MessageSource messages,
            RejectionQueries rejections,
            InboxUploads uploads,
            BackgroundRuns background,
            StaleRuns stale,
            ApplicationEventPublisher events,
            InstanceName instance,
            RunHeartbeat heartbeat) {
        this.rights = rights;
        this.uploadRecords = uploadRecords;
        this.instance = instance;
        this.heartbeat = heartbeat;
        this.stale = stale;
        this.events = events;
        this.lock = lock;
        this.log = log;
        this.runner = runner;
        this.db = db;
        this.messages = messages;
        this.rejections = rejections;
        this.uploads = uploads;
        this.background = background;
    }

    @Override
    public ImportRunResult run(
            Path inbox, ImportTrigger trigger, Locale language, Duration wait, ImportProgress progress) {
        if (!Files.isDirectory(inbox)) {
            return failed(0, messages.getMessage("run.noinbox", new Object[] {inbox}, language));
        }
        try (ImportLock.Held held = lock.acquire(wait).orElse(null)) {
            if (held == null) {
                return failed(0, messages.getMessage("run.busy", null, language));
            }
            if (trigger == ImportTrigger.COMMAND) {
                // jobs/import: the operator on the command line (audit.Operator); the nightly run is nobody's
                recordStart(inbox, trigger);
            }
            return runHolding(inbox, trigger, language, progress, null, null);
        } catch (java.sql.SQLException | RuntimeException e) {
            LOG.error("Import run could not start", e);
            return failed(
                    0,
                    messages.getMessage(
                            "run.failed", new Object[] {RunFailure.reason(e, messages, language), "–"}, language));
        }
    }

    @Override
    public <T> T whileNoImportRuns(Duration wait, java.util.function.Supplier<T> work) {
        try (ImportLock.Held held = lock.acquire(wait)
                .orElseThrow(() -> new ImportBusyException(latestRunning().orElse(null)))) {
            return work.get();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("The import lock could not be taken", e);
        }
    }

    @Override
    public CompletableFuture<ImportRunResult> startInboxRun(Locale language, ImportProgress progress) {
        Path inbox = uploads.inbox();
        // Read on the caller's thread, where the user is signed in. A reporter's run takes the reporter's
        // own uploads only, never the rest of the inbox (design decision 0022).
        String startedBy = rights.currentUser().map(rights::storedName).orElse(null);
        String onlyUploadsOf = rights.currentReporter().map(rights::storedName).orElse(null);
        ImportLock.Held held;
        try {
            Files.createDirectories(inbox);
            held = lock.acquire(Duration.ZERO)
                    .orElseThrow(() -> new ImportBusyException(latestRunning().orElse(null)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("The import lock could not be taken", e);
        }
        // The lock is taken here, on the caller's thread, so that "busy" is said at once; the run holds it till it
        // ends. The audit log's entry is made here too, where the signed-in user and the request are: no run
        // starts without it.
        try {
            recordStart(inbox, ImportTrigger.DASHBOARD);
            return background.submit(() -> {
                try (held) {
                    return runHolding(
                            inbox,
                            ImportTrigger.DASHBOARD,
                            language,
                            new SafeProgress(progress),
                            startedBy,
                            onlyUploadsOf);
                } catch (RuntimeException e) {
                    LOG.error("Import run from the dashboard could not start", e);
                    return failed(
                            0,
                            messages.getMessage(
                                    "run.failed",
                                    new Object[] {RunFailure.reason(e, messages, language), "–"},
                                    language));
                }
            });
        } catch (RuntimeException e) {
            held.close();
            throw e;
        }
    }

    private ImportRunResult runHolding(
            Path inbox,
            ImportTrigger trigger,
            Locale language,
            ImportProgress progress,
            String startedBy,
            String onlyUploadsOf) {
        stale.markDeadRunsInterrupted();
        long runId = log.startRun(
                trigger,
                inbox.toAbsolutePath().normalize().toString(),
                language.getLanguage(),
                startedBy,
                instance.get());
        List<FileResult> files = List.of();
        try (RunHeartbeat.Beat beating = heartbeat.start(runId)) {
            files = runner.run(runId, inbox, language, trigger, progress, onlyUploadsOf);
            int exit = ImportRunResult.exitStatusOf(files);
            boolean rerun = exit == ImportRunResult.FAILED;
            log.finishRun(
                    runId,
                    exit,
                    rerun ? messages.getMessage("run.rerun", null, language) : null,
                    rerun ? "rerun" : null);
            return new ImportRunResult(runId, exit, files, null);
        } catch (RuntimeException | Error e) {
            String errorId = java.util.HexFormat.of()
                    .toHexDigits(
                            java.util.concurrent.ThreadLocalRandom.current().nextInt());
            LOG.error("Import run {} failed (error {})", runId, errorId, e);
            String message = messages.getMessage(
                    "run.failed", new Object[] {RunFailure.reason(e, messages, language), errorId}, language);
            try {
                log.finishRun(runId, ImportRunResult.FAILED, message, RunFailure.kind(e));
            } catch (RuntimeException ignored) {
                // the database may be what failed; the next run marks this one interrupted
            }
            return failed(runId, message);
        } finally {
            // Whatever the run's end, what it committed is recomputed (docs/import-contract.md §8.6).
            events.publishEvent(new ImportCompleted(
                    runId,
                    files.stream()
                            .filter(r -> r.status() == FileStatus.IMPORTED)
                            .map(FileResult::fileId)
                            .toList()));
        }
    }

    private static ImportRunResult failed(long runId, String message) {
        return new ImportRunResult(runId, ImportRunResult.FAILED, List.of(), message);
    }

    /** The newest run recorded as running (one killed mid-run stays so until it is run again). */
    private Optional<ImportRunSummary> latestRunning() {
        return db.selectFrom(IMPORT_RUN)
                .where(IMPORT_RUN.STATUS.eq("RUNNING"))
                .orderBy(IMPORT_RUN.ID.desc())
                .limit(1)
                .fetchOptional()
                .map(this::summary);
    }

    @Override
    public Optional<RunningImport> running() {
        // A reporter follows a run only with its own files in it, and sees only those (design decision 0022).
        Condition own = ownFiles();
        Condition visible = own == null ? DSL.noCondition() : own;
        return db.selectFrom(IMPORT_RUN)
                .where(IMPORT_RUN.STATUS.eq("RUNNING"))
                .orderBy(IMPORT_RUN.ID.desc())
                .limit(1)
                .fetchOptional()
                .map(run -> new RunningImport(
                        run.getId(),
                        run.getStartedAt(),
                        run.getTriggerSource(),
                        run.getInstanceId(),
                        instance.get().equals(run.getInstanceId()),
                        RunHeartbeat.responding(run.getHeartbeatAt(), run.getStartedAt()),
                        db.select(
                                        IMPORT_FILE.FILE_NAME,
                                        IMPORT_FILE.KIND,
                                        IMPORT_FILE.STATUS,
                                        IMPORT_FILE.ROWS_READ,
                                        IMPORT_FILE.ROWS_TOTAL)
                                .from(IMPORT_FILE)
                                .where(IMPORT_FILE.RUN_ID.eq(run.getId()), visible)
                                .orderBy(IMPORT_FILE.ID)
                                .fetch(r -> new RunningImport.File(
                                        r.value1(),
                                        r.value2(),
                                        FileStatus.valueOf(r.value3()),
                                        r.value4(),
                                        r.value5()))))
                .filter(run -> own == null || !run.files().isEmpty());
    }

    @Override
    public java.util.Map<Long, java.time.OffsetDateTime> importedAt(java.util.Collection<Long> fileIds) {
        if (fileIds.isEmpty()) {
            return java.util.Map.of();
        }
        return db.select(IMPORT_FILE.ID, IMPORT_FILE.STARTED_AT)
                .from(IMPORT_FILE)
                .where(IMPORT_FILE.ID.in(fileIds))
                .fetchMap(IMPORT_FILE.ID, IMPORT_FILE.STARTED_AT);
    }

    // A reporter (rapportör) sees the runs that took a file of its own, with those files only, and
    // the rejected rows of its own files only; everyone else sees everything (design decision 0022).

    @Override
    public List<ImportRunSummary> recentRuns(int limit) {
        Condition files = ownFiles();
        return db.selectFrom(IMPORT_RUN)
                .where(
                        files == null
                                ? DSL.noCondition()
                                : DSL.exists(DSL.selectOne()
                                        .from(IMPORT_FILE)
                                        .where(IMPORT_FILE.RUN_ID.eq(IMPORT_RUN.ID), files)))
                .orderBy(IMPORT_RUN.ID.desc())
                .limit(limit)
                .fetch()
                .map(run -> summary(run, files));
    }

    @Override
    public Optional<ImportRunSummary> findRun(long runId) {
        Condition files = ownFiles();
        return db.selectFrom(IMPORT_RUN)
                .where(IMPORT_RUN.ID.eq(runId))
                .fetchOptional()
                .map(run -> summary(run, files))
                .filter(run -> files == null || !run.files().isEmpty());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Rejection> rejections(long fileId, String search, int offset, int limit) {
        requireVisible(fileId);
        return rejections.page(fileId, search, offset, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public List<RejectedRow> rejectedRows(long fileId, String search, int offset, int limit) {
        requireVisible(fileId);
        return rejections.rows(fileId, search, offset, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RejectedValue> latestRejectedValue(String municipality, String indicatorCode, int year) {
        Condition files = ownFiles();
        return rejections.latestValue(municipality, indicatorCode, year, files == null ? DSL.noCondition() : files);
    }

    @Override
    @Transactional(readOnly = true)
    public List<se.maltavla.dataimport.FileWithRejectedRows> filesWithRejectedRows(String municipality, int year) {
        Condition files = ownFiles();
        return rejections.standing(municipality, year, files == null ? DSL.noCondition() : files);
    }

    @Override
    @Transactional(readOnly = true)
    public long countRejections(long fileId, String search) {
        requireVisible(fileId);
        return rejections.count(fileId, search);
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachRejection(long fileId, String search, Consumer<Rejection> action) {
        requireVisible(fileId);
        rejections.forEach(fileId, search, action);
    }

    /** The signed-in reporter's own files; null when the caller sees every file. */
    private Condition ownFiles() {
        return rights.currentReporter()
                .map(name -> DSL.lower(IMPORT_FILE.UPLOADED_BY).eq(name.trim().toLowerCase(Locale.ROOT)))
                .orElse(null);
    }

    private void requireVisible(long fileId) {
        Condition files = ownFiles();
        if (files != null
                && !db.fetchExists(IMPORT_FILE, IMPORT_FILE.ID.eq(fileId).and(files))) {
            throw new AccessDeniedException("A reporter reads the rejected rows of its own files only");
        }
    }

    @Override
    public long uploadLimitBytes() {
        return uploads.limitBytes();
    }

    @Override
    public UploadedFile upload(String fileName, InputStream content) {
        String user = rights.currentUser().map(rights::storedName).orElse(null);
        if (user == null) {
            throw new AccessDeniedException("An upload needs a signed-in user");
        }
        InboxUploads.Stored upload = uploads.store(fileName, content);
        UploadedFile stored = upload.file();
        try {
            uploadRecords.record(stored.storedName(), upload.checksum(), stored.sizeBytes(), user);
            events.publishEvent(new AuditEvent(
                    AuditKind.FILE_UPLOADED,
                    stored.storedName(),
                    null,
                    AuditEvent.facts(
                            "filnamn", fileName,
                            "lagradSom", stored.storedName(),
                            "byte", stored.sizeBytes(),
                            "sha256", stored.sha256())));
        } catch (RuntimeException e) {
            // No file in the inbox without its record and its entry in the audit log (docs/audit.md).
            uploads.remove(stored);
            throw e;
        }
        LOG.info("Uploaded into the inbox by {}: {} ({} bytes)", user, stored.storedName(), stored.sizeBytes());
        return stored;
    }

    /** The audit log's entry for a run a person starts: the inbox and the files in it at that moment. */
    private void recordStart(Path inbox, ImportTrigger trigger) {
        List<String> files;
        try (java.util.stream.Stream<Path> entries = Files.list(inbox)) {
            files = entries.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        events.publishEvent(new AuditEvent(
                AuditKind.IMPORT_STARTED,
                inbox.toAbsolutePath().normalize().toString(),
                null,
                AuditEvent.facts(
                        "start", trigger.name().toLowerCase(java.util.Locale.ROOT),
                        "antalFiler", files.size(),
                        "filer", String.join(", ", files.subList(0, Math.min(files.size(), 50))))));
    }

    /**
     * A run with its files' summaries, read by queries of their own: call it on a run already
     * fetched, never as jOOQ's {@code fetch(mapper)}, which maps while the run query's cursor still
     * holds its connection, so that each request needed two: ten at once emptied the pool and
     * waited for each other (ImportRunsReadTest).
     */
    private ImportRunSummary summary(ImportRunRecord run) {
        return summary(run, null);
    }

    /** @param files the files to show (a reporter's own), null for all */
    private ImportRunSummary summary(ImportRunRecord run, Condition files) {
        String error = run.getErrorMessage();
        String kind = run.getErrorKind();
        if (error != null && kind == null) {
            // stored before errors were sentences by kind: it may hold an exception's text and paths
            kind = "internal";
            error = messages.getMessage(
                    "run.failed",
                    new Object[] {
                        messages.getMessage("run.failure.internal", null, Messages.locale(run.getLanguage())),
                        run.getId()
                    },
                    Messages.locale(run.getLanguage()));
        }
        return new ImportRunSummary(
                run.getId(),
                run.getStartedAt(),
                run.getFinishedAt(),
                run.getStatus(),
                run.getTriggerSource(),
                run.getExitStatus(),
                error,
                db
                        .select(IMPORT_FILE.ID)
                        .from(IMPORT_FILE)
                        .where(IMPORT_FILE.RUN_ID.eq(run.getId()), files == null ? DSL.noCondition() : files)
                        .orderBy(IMPORT_FILE.ID)
                        .fetch(IMPORT_FILE.ID)
                        .stream()
                        .map(log::result)
                        .toList(),
                kind);
    }
}
