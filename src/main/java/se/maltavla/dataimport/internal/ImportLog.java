package se.maltavla.dataimport.internal;

import static se.maltavla.db.Tables.IMPORT_FILE;
import static se.maltavla.db.Tables.IMPORT_RUN;
import static se.maltavla.db.Tables.REJECTED_ROW;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import se.maltavla.dataimport.FileResult;
import se.maltavla.dataimport.FileStatus;
import se.maltavla.dataimport.ImportTrigger;
import se.maltavla.dataimport.PlanDataChanged;
import se.maltavla.dataimport.RejectedRow;
import se.maltavla.dataimport.Rejection;
import se.maltavla.dataimport.row.ChunkResult;
import se.maltavla.db.tables.records.ImportFileRecord;

/** The import's own records: runs, files with their counts, rejected rows. */
@Component
public class ImportLog {

    static final int FIRST_REJECTIONS = 10;

    private final DSLContext db;
    private final ApplicationEventPublisher events;
    private final RejectionQueries rejections;
    private final UploadRecords uploads;

    ImportLog(DSLContext db, ApplicationEventPublisher events, RejectionQueries rejections, UploadRecords uploads) {
        this.db = db;
        this.events = events;
        this.rejections = rejections;
        this.uploads = uploads;
    }

    /**
     * @param startedBy the user who started it from the dashboard; null for the nightly run and the commands
     * @param instance the instance that runs it (maltavla.instance.id)
     */
    long startRun(ImportTrigger trigger, String inbox, String language, String startedBy, String instance) {
        return db.insertInto(IMPORT_RUN)
                .set(IMPORT_RUN.STARTED_BY, startedBy)
                .set(IMPORT_RUN.STARTED_AT, OffsetDateTime.now())
                .set(IMPORT_RUN.STATUS, "RUNNING")
                .set(IMPORT_RUN.TRIGGER_SOURCE, trigger.name())
                .set(IMPORT_RUN.INBOX, inbox)
                .set(IMPORT_RUN.LANGUAGE, language)
                .set(IMPORT_RUN.INSTANCE_ID, instance)
                .returningResult(IMPORT_RUN.ID)
                .fetchSingle(IMPORT_RUN.ID);
    }

    /**
     * @param error a sentence for people, never an exception's text; null when the run did not fail
     * @param errorKind database, disk, files, memory, internal or rerun; null with {@code error}
     */
    void finishRun(long runId, int exitStatus, String error, String errorKind) {
        db.update(IMPORT_RUN)
                .set(IMPORT_RUN.FINISHED_AT, OffsetDateTime.now())
                .set(IMPORT_RUN.STATUS, exitStatus == 1 ? "FAILED" : "COMPLETED")
                .set(IMPORT_RUN.EXIT_STATUS, exitStatus)
                .set(IMPORT_RUN.ERROR_MESSAGE, Bounded.text(error, 4000))
                .set(IMPORT_RUN.ERROR_KIND, errorKind)
                .where(IMPORT_RUN.ID.eq(runId))
                .execute();
    }

    /**
     * Marks the runs still recorded as running as interrupted, and their files being imported
     * likewise (a later run continues them). Only to be called by the holder of the import lock:
     * then no live process runs an import, so such runs are those of a process that died.
     *
     * @param reason the run's error text per language code (sv, en)
     * @return how many runs were marked
     */
    int markDeadRunsInterrupted(java.util.function.Function<String, String> reason) {
        List<Long> dead = db.select(IMPORT_RUN.ID)
                .from(IMPORT_RUN)
                .where(IMPORT_RUN.STATUS.eq("RUNNING"))
                .fetch(IMPORT_RUN.ID);
        for (Long runId : dead) {
            String language = db.select(IMPORT_RUN.LANGUAGE)
                    .from(IMPORT_RUN)
                    .where(IMPORT_RUN.ID.eq(runId))
                    .fetchSingle(IMPORT_RUN.LANGUAGE);
            db.update(IMPORT_RUN)
                    .set(IMPORT_RUN.STATUS, "INTERRUPTED")
                    .set(IMPORT_RUN.FINISHED_AT, OffsetDateTime.now())
                    .set(IMPORT_RUN.EXIT_STATUS, 1)
                    .set(IMPORT_RUN.ERROR_MESSAGE, reason.apply(language))
                    .set(IMPORT_RUN.ERROR_KIND, "interrupted")
                    .where(IMPORT_RUN.ID.eq(runId), IMPORT_RUN.STATUS.eq("RUNNING"))
                    .execute();
            db.update(IMPORT_FILE)
                    .set(IMPORT_FILE.STATUS, FileStatus.INTERRUPTED.name())
                    .where(IMPORT_FILE.RUN_ID.eq(runId), IMPORT_FILE.STATUS.eq(FileStatus.PROCESSING.name()))
                    .execute();
        }
        return dead.size();
    }

    /**
     * The latest record of a file with this content that matters to a new run: one imported, one
     * being imported or interrupted (to continue), one failed (to finish moving it to failed/).
     */
    ImportFileRecord findByChecksum(String checksum) {
        return db.selectFrom(IMPORT_FILE)
                .where(
                        IMPORT_FILE.CHECKSUM.eq(checksum),
                        IMPORT_FILE.STATUS.in(
                                FileStatus.PROCESSING.name(),
                                FileStatus.IMPORTED.name(),
                                FileStatus.INTERRUPTED.name(),
                                FileStatus.FAILED.name()))
                .orderBy(IMPORT_FILE.ID.desc())
                .limit(1)
                .fetchOne();
    }

    /**
     * A record in this run for a file whose import an earlier run left unfinished, under the name
     * it has now: it takes over the counts and rejected rows so far and the Spring Batch job's key
     * (so the job restarts after its last committed chunk); the earlier record stays with its run,
     * marked interrupted. One transaction: a crash leaves either the old or the new state.
     */
    ImportFileRecord continueFile(ImportFileRecord earlier, long runId, String name, String note, String earlierNote) {
        return db.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            ImportFileRecord next = tx.newRecord(IMPORT_FILE);
            next.from(earlier);
            next.setId(null);
            next.setRunId(runId);
            next.setFileName(name);
            next.setStatus(FileStatus.PROCESSING.name());
            next.setPreviousFileId(earlier.getId());
            next.setBatchKey(earlier.getBatchKey() != null ? earlier.getBatchKey() : earlier.getId());
            next.setStartedAt(OffsetDateTime.now());
            next.setFinishedAt(null);
            next.setArchivePath(null);
            next.setErrorMessage(null);
            next.setWarnings(
                    Bounded.text(earlier.getWarnings() == null ? note : earlier.getWarnings() + "\n" + note, 4000));
            next.changed(IMPORT_FILE.ID, false);
            next.store();
            tx.update(REJECTED_ROW)
                    .set(REJECTED_ROW.FILE_ID, next.getId())
                    .where(REJECTED_ROW.FILE_ID.eq(earlier.getId()))
                    .execute();
            tx.update(IMPORT_FILE)
                    .set(IMPORT_FILE.STATUS, FileStatus.INTERRUPTED.name())
                    .set(IMPORT_FILE.ERROR_MESSAGE, Bounded.text(earlierNote, 4000))
                    .set(IMPORT_FILE.FINISHED_AT, OffsetDateTime.now())
                    .where(IMPORT_FILE.ID.eq(earlier.getId()))
                    .execute();
            return next;
        });
    }

    /** Sets a file's final status and message (and, for a file moved, where it went). */
    void finishFile(long fileId, FileStatus status, String message, String movedTo) {
        db.update(IMPORT_FILE)
                .set(IMPORT_FILE.STATUS, status.name())
                .set(IMPORT_FILE.ERROR_MESSAGE, Bounded.text(message, 4000))
                .set(IMPORT_FILE.ARCHIVE_PATH, movedTo)
                .set(IMPORT_FILE.FINISHED_AT, OffsetDateTime.now())
                .where(IMPORT_FILE.ID.eq(fileId))
                .execute();
    }

    ImportFileRecord newFile(
            long runId,
            String name,
            String checksum,
            long size,
            FileStatus status,
            Consumer<ImportFileRecord> details) {
        ImportFileRecord r = db.newRecord(IMPORT_FILE);
        r.setRunId(runId);
        r.setFileName(name);
        r.setChecksum(checksum);
        r.setSizeBytes(size);
        r.setStatus(status.name());
        r.setStartedAt(OffsetDateTime.now());
        r.setRowsRead(0L);
        r.setRowsNew(0L);
        r.setRowsUpdated(0L);
        r.setRowsUnchanged(0L);
        r.setRowsRejected(0L);
        // Who uploaded this content under this name, if anybody did: the file's rows are imported with
        // that user's rights, and that user sees the file (design decision 0022).
        r.setUploadedBy(uploads.uploaderOf(name, checksum).orElse(null));
        details.accept(r);
        r.setWarnings(Bounded.text(r.getWarnings(), 4000));
        r.setErrorMessage(Bounded.text(r.getErrorMessage(), 4000));
        r.setFileName(Bounded.text(r.getFileName(), 500));
        r.store();
        r.setBatchKey(r.getId());
        r.store();
        return r;
    }

    /**
     * Adds a chunk's counts and rejections and announces the plan years it changed
     * ({@link PlanDataChanged}); called in the chunk's transaction, so that all of it commits
     * together with the chunk's rows or not at all.
     */
    public void addChunk(long fileId, ChunkResult chunk) {
        if (!chunk.changes().isEmpty()) {
            events.publishEvent(new PlanDataChanged(chunk.changes()));
        }
        db.update(IMPORT_FILE)
                .set(IMPORT_FILE.ROWS_READ, IMPORT_FILE.ROWS_READ.plus(chunk.read()))
                .set(IMPORT_FILE.ROWS_NEW, IMPORT_FILE.ROWS_NEW.plus(chunk.createdCount()))
                .set(IMPORT_FILE.ROWS_UPDATED, IMPORT_FILE.ROWS_UPDATED.plus(chunk.updatedCount()))
                .set(IMPORT_FILE.ROWS_UNCHANGED, IMPORT_FILE.ROWS_UNCHANGED.plus(chunk.unchangedCount()))
                .set(
                        IMPORT_FILE.ROWS_REJECTED,
                        IMPORT_FILE.ROWS_REJECTED.plus(chunk.rejections().size()))
                .where(IMPORT_FILE.ID.eq(fileId))
                .execute();
        if (chunk.rejections().isEmpty()) {
            return;
        }
        var insert = db.batch(db.insertInto(
                        REJECTED_ROW,
                        REJECTED_ROW.FILE_ID,
                        REJECTED_ROW.LINE_NUMBER,
                        REJECTED_ROW.COLUMN_NAME,
                        REJECTED_ROW.RAW_VALUE,
                        REJECTED_ROW.REASON,
                        REJECTED_ROW.ROW_MUNICIPALITY,
                        REJECTED_ROW.ROW_CODE,
                        REJECTED_ROW.ROW_PERIOD)
                .values((Long) null, null, null, null, null, null, null, null));
        for (RejectedRow row : chunk.rejections()) {
            Rejection r = row.rejection();
            insert.bind(
                    fileId,
                    r.line(),
                    Bounded.text(r.column(), 200),
                    Bounded.cell(r.value()),
                    Bounded.text(r.reason(), 2000),
                    Bounded.text(row.municipality(), 20),
                    Bounded.text(row.code(), 200),
                    Bounded.text(row.period(), 20));
        }
        insert.execute();
    }

    void markImported(long fileId, String archivePath) {
        db.update(IMPORT_FILE)
                .set(IMPORT_FILE.STATUS, FileStatus.IMPORTED.name())
                .set(IMPORT_FILE.ARCHIVE_PATH, archivePath)
                .set(IMPORT_FILE.FINISHED_AT, OffsetDateTime.now())
                .where(IMPORT_FILE.ID.eq(fileId))
                .execute();
    }

    ImportFileRecord file(long fileId) {
        return db.selectFrom(IMPORT_FILE).where(IMPORT_FILE.ID.eq(fileId)).fetchSingle();
    }

    /** Streams every rejection of a file in line order (the .avvisade.csv report). */
    void forEachRejection(long fileId, Consumer<Rejection> action) {
        rejections.forEach(fileId, null, action);
    }

    FileResult result(long fileId) {
        ImportFileRecord f = file(fileId);
        OffsetDateTime previous = null;
        if (f.getPreviousFileId() != null) {
            previous = file(f.getPreviousFileId()).getFinishedAt();
        }
        List<String> warnings =
                f.getWarnings() == null ? List.of() : List.of(f.getWarnings().split("\n"));
        return new FileResult(
                f.getId(),
                f.getFileName(),
                f.getKind(),
                FileStatus.valueOf(f.getStatus()),
                f.getRowsRead(),
                f.getRowsNew(),
                f.getRowsUpdated(),
                f.getRowsUnchanged(),
                f.getRowsRejected(),
                rejections.page(fileId, null, 0, FIRST_REJECTIONS),
                warnings,
                f.getErrorMessage(),
                previous,
                f.getArchivePath());
    }
}
