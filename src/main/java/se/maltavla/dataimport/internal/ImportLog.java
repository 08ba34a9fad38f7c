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

    ImportLog(DSLContext db, ApplicationEventPublisher events, RejectionQueries rejections) {
        this.db = db;
        this.events = events;
        this.rejections = rejections;
    }

    long startRun(ImportTrigger trigger, String inbox, String language) {
        return db.insertInto(IMPORT_RUN)
                .set(IMPORT_RUN.STARTED_AT, OffsetDateTime.now())
                .set(IMPORT_RUN.STATUS, "RUNNING")
                .set(IMPORT_RUN.TRIGGER_SOURCE, trigger.name())
                .set(IMPORT_RUN.INBOX, inbox)
                .set(IMPORT_RUN.LANGUAGE, language)
                .returningResult(IMPORT_RUN.ID)
                .fetchSingle(IMPORT_RUN.ID);
    }

    void finishRun(long runId, int exitStatus, String error) {
        db.update(IMPORT_RUN)
                .set(IMPORT_RUN.FINISHED_AT, OffsetDateTime.now())
                .set(IMPORT_RUN.STATUS, exitStatus == 1 ? "FAILED" : "COMPLETED")
                .set(IMPORT_RUN.EXIT_STATUS, exitStatus)
                .set(IMPORT_RUN.ERROR_MESSAGE, error)
                .where(IMPORT_RUN.ID.eq(runId))
                .execute();
    }

    /** The latest record of a file with this content that was imported or is being imported. */
    ImportFileRecord findByChecksum(String checksum) {
        return db.selectFrom(IMPORT_FILE)
                .where(IMPORT_FILE.CHECKSUM.eq(checksum),
                        IMPORT_FILE.STATUS.in(FileStatus.PROCESSING.name(), FileStatus.IMPORTED.name()))
                .orderBy(IMPORT_FILE.ID.desc())
                .limit(1)
                .fetchOne();
    }

    ImportFileRecord newFile(long runId, String name, String checksum, long size, FileStatus status,
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
        details.accept(r);
        r.store();
        return r;
    }

    /** A resumed file belongs to the run that finishes it. */
    void adopt(long fileId, long runId) {
        db.update(IMPORT_FILE).set(IMPORT_FILE.RUN_ID, runId).where(IMPORT_FILE.ID.eq(fileId)).execute();
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
                .set(IMPORT_FILE.ROWS_REJECTED, IMPORT_FILE.ROWS_REJECTED.plus(chunk.rejections().size()))
                .where(IMPORT_FILE.ID.eq(fileId))
                .execute();
        if (chunk.rejections().isEmpty()) {
            return;
        }
        var insert = db.batch(db.insertInto(REJECTED_ROW, REJECTED_ROW.FILE_ID, REJECTED_ROW.LINE_NUMBER,
                REJECTED_ROW.COLUMN_NAME, REJECTED_ROW.RAW_VALUE, REJECTED_ROW.REASON).values((Long) null, null, null, null, null));
        for (Rejection r : chunk.rejections()) {
            insert.bind(fileId, r.line(), r.column(), truncate(r.value(), 4000), truncate(r.reason(), 2000));
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
        List<String> warnings = f.getWarnings() == null ? List.of() : List.of(f.getWarnings().split("\n"));
        return new FileResult(f.getId(), f.getFileName(), f.getKind(), FileStatus.valueOf(f.getStatus()),
                f.getRowsRead(), f.getRowsNew(), f.getRowsUpdated(), f.getRowsUnchanged(), f.getRowsRejected(),
                rejections.page(fileId, null, 0, FIRST_REJECTIONS), warnings, f.getErrorMessage(), previous, f.getArchivePath());
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
