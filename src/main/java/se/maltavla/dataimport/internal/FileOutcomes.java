package se.maltavla.dataimport.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.maltavla.dataimport.FileResult;
import se.maltavla.dataimport.FileStatus;
import se.maltavla.dataimport.ImportProgress;
import se.maltavla.db.tables.records.ImportFileRecord;

/**
 * The records of files a run does not import: rejected whole (moved to failed/ with a .fel.txt),
 * left for a later run, skipped, unreadable. Each is reported in the run's summary and on the
 * Import view, so that nothing in the inbox is passed over without a word.
 */
@Component
class FileOutcomes {

    private final ImportLog log;
    private final MessageSource messages;
    private final Clock clock;

    FileOutcomes(ImportLog log, MessageSource messages, Clock clock) {
        this.log = log;
        this.messages = messages;
        this.clock = clock;
    }

    /** Rejected whole before any row was read: recorded, its reason beside it in failed/, moved there. */
    FileResult rejectWhole(
            RunContext run, Path file, String checksum, long size, Candidate inspected, String key, Object... args) {
        String reason = text(run.locale(), key, args);
        String target = run.inbox().failedTarget(file.getFileName().toString());
        ImportFileRecord record =
                log.newFile(run.runId(), file.getFileName().toString(), checksum, size, FileStatus.REJECTED, r -> {
                    r.setErrorMessage(reason);
                    r.setArchivePath(target);
                    r.setFinishedAt(OffsetDateTime.now(clock));
                    if (inspected != null) {
                        r.setEncoding(inspected.inspection().encodingName());
                        r.setDelimiter(inspected.inspection().delimiterName());
                    }
                });
        moveToFailed(run, file, target, reason);
        return finished(record.getId(), run.progress());
    }

    /** A file not imported now, left where it is, with the reason. */
    FileResult leave(RunContext run, Path file, FileStatus status, String key, Object... args) {
        String reason = text(run.locale(), key, args);
        long size = 0;
        try {
            size = java.nio.file.Files.size(file);
        } catch (java.io.IOException | RuntimeException unknown) {
            // gone, a folder or unreadable: the size is not what matters
        }
        ImportFileRecord record = log.newFile(run.runId(), file.getFileName().toString(), "", size, status, r -> {
            r.setErrorMessage(reason);
            r.setFinishedAt(OffsetDateTime.now(clock));
        });
        return finished(record.getId(), run.progress());
    }

    /** Writes the .fel.txt beside the failed/ target, then moves the file there. */
    void moveToFailed(RunContext run, Path file, String target, String reason) {
        Reports.writeText(run.inbox().report(target, ".fel.txt"), file.getFileName() + ": " + reason);
        run.inbox().move(file, target);
    }

    FileResult finished(long fileId, ImportProgress progress) {
        FileResult result = log.result(fileId);
        progress.fileFinished(result);
        return result;
    }

    String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
