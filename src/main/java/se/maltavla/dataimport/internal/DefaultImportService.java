package se.maltavla.dataimport.internal;

import static se.maltavla.db.Tables.IMPORT_FILE;
import static se.maltavla.db.Tables.IMPORT_RUN;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import se.maltavla.dataimport.ImportProgress;
import se.maltavla.dataimport.ImportRunResult;
import se.maltavla.dataimport.ImportRunSummary;
import se.maltavla.dataimport.ImportService;
import se.maltavla.dataimport.ImportTrigger;
import se.maltavla.db.tables.records.ImportRunRecord;

@Service
class DefaultImportService implements ImportService {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultImportService.class);

    private final ImportLock lock;
    private final ImportLog log;
    private final ImportRunner runner;
    private final DSLContext db;
    private final MessageSource messages;

    DefaultImportService(ImportLock lock, ImportLog log, ImportRunner runner, DSLContext db, MessageSource messages) {
        this.lock = lock;
        this.log = log;
        this.runner = runner;
        this.db = db;
        this.messages = messages;
    }

    @Override
    public ImportRunResult run(Path inbox, ImportTrigger trigger, Locale language, Duration wait, ImportProgress progress) {
        if (!Files.isDirectory(inbox)) {
            return failed(0, messages.getMessage("run.noinbox", new Object[] {inbox}, language));
        }
        try (ImportLock.Held held = lock.acquire(wait).orElse(null)) {
            if (held == null) {
                return failed(0, messages.getMessage("run.busy", null, language));
            }
            long runId = log.startRun(trigger, inbox.toAbsolutePath().normalize().toString(), language.getLanguage());
            try {
                ImportRunResult result = runner.run(runId, inbox, language, progress);
                log.finishRun(runId, result.exitStatus(), null);
                return result;
            } catch (RuntimeException e) {
                LOG.error("Import run {} failed", runId, e);
                String message = messages.getMessage("run.failed", new Object[] {e.getMessage()}, language);
                try {
                    log.finishRun(runId, ImportRunResult.FAILED, message);
                } catch (RuntimeException ignored) {
                    // the database may be what failed; the run stays RUNNING and is run again
                }
                return failed(runId, message);
            }
        } catch (java.sql.SQLException | RuntimeException e) {
            LOG.error("Import run could not start", e);
            return failed(0, messages.getMessage("run.failed", new Object[] {e.getMessage()}, language));
        }
    }

    private static ImportRunResult failed(long runId, String message) {
        return new ImportRunResult(runId, ImportRunResult.FAILED, List.of(), message);
    }

    @Override
    public List<ImportRunSummary> recentRuns(int limit) {
        return db.selectFrom(IMPORT_RUN).orderBy(IMPORT_RUN.ID.desc()).limit(limit).fetch(this::summary);
    }

    @Override
    public Optional<ImportRunSummary> findRun(long runId) {
        return db.selectFrom(IMPORT_RUN).where(IMPORT_RUN.ID.eq(runId)).fetchOptional(this::summary);
    }

    private ImportRunSummary summary(ImportRunRecord run) {
        return new ImportRunSummary(run.getId(), run.getStartedAt(), run.getFinishedAt(), run.getStatus(),
                run.getTriggerSource(), run.getExitStatus(), run.getErrorMessage(),
                db.select(IMPORT_FILE.ID).from(IMPORT_FILE).where(IMPORT_FILE.RUN_ID.eq(run.getId()))
                        .orderBy(IMPORT_FILE.ID).fetch(IMPORT_FILE.ID).stream().map(log::result).toList());
    }
}
