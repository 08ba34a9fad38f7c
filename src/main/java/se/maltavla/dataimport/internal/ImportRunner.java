package se.maltavla.dataimport.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.maltavla.dataimport.FileResult;
import se.maltavla.dataimport.FileStatus;
import se.maltavla.dataimport.ImportCompleted;
import se.maltavla.dataimport.ImportProgress;
import se.maltavla.dataimport.ImportRunResult;
import se.maltavla.dataimport.csv.CsvRow;
import se.maltavla.dataimport.csv.CsvRowReader;
import se.maltavla.dataimport.csv.FileKind;
import se.maltavla.dataimport.row.ChunkResult;
import se.maltavla.dataimport.row.FileContext;
import se.maltavla.dataimport.strategy.StrategyImporter;
import se.maltavla.dataimport.strategy.StrategyImporter.StrategyFile;
import se.maltavla.db.tables.records.ImportFileRecord;

/**
 * One import run over an inbox (import-format.md §8): inspects every file, takes them in the
 * order strategi, handlingsplan, utfall, berattelse, aktiviteter, imports each, archives it.
 *
 * <p>Crash safety: a file's record is found again by its checksum. A file still PROCESSING
 * resumes its Spring Batch job after the last committed chunk; an IMPORTED file whose archived
 * copy is missing was interrupted before its move, which is finished now; one whose archived
 * copy exists has been dropped in again and is reported as already imported.
 */
@Component
class ImportRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ImportRunner.class);

    private final ImportLog log;
    private final FileJobLauncher jobs;
    private final StrategyImporter strategies;
    private final TransactionTemplate transaction;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ImportRunner(ImportLog log, FileJobLauncher jobs, StrategyImporter strategies, TransactionTemplate transaction,
                 MessageSource messages, ApplicationEventPublisher events, Clock clock) {
        this.log = log;
        this.jobs = jobs;
        this.strategies = strategies;
        this.transaction = transaction;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    ImportRunResult run(long runId, Path inboxPath, Locale locale, ImportProgress progress) {
        Inbox inbox = new Inbox(inboxPath);
        LocalDate today = LocalDate.now(clock);
        List<Candidate> candidates = inbox.files().stream().map(Inspector::inspect)
                .sorted(Comparator.comparingInt(Candidate::order).thenComparing(Candidate::name))
                .toList();
        List<FileResult> results = new ArrayList<>();
        List<Candidate> strategyFiles = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (candidate.kind() == FileKind.STRATEGI && !candidate.rejected()) {
                FileResult settled = settleKnown(runId, candidate, inbox, today, progress);
                if (settled != null) {
                    results.add(settled);
                } else {
                    strategyFiles.add(candidate);
                }
            }
        }
        if (!strategyFiles.isEmpty()) {
            results.addAll(importStrategies(runId, strategyFiles, inbox, today, locale, progress));
        }
        for (Candidate candidate : candidates) {
            if (candidate.rejected()) {
                results.add(rejectWhole(runId, candidate, inbox, locale, progress));
            } else if (candidate.kind() != FileKind.STRATEGI) {
                FileResult settled = settleKnown(runId, candidate, inbox, today, progress);
                results.add(settled != null ? settled : importFile(runId, candidate, inbox, today, locale, progress));
            }
        }
        boolean rejections = results.stream().anyMatch(FileResult::hasRejections);
        events.publishEvent(new ImportCompleted(runId, results.stream()
                .filter(r -> r.status() == FileStatus.IMPORTED).map(FileResult::fileId).toList()));
        return new ImportRunResult(runId, rejections ? ImportRunResult.REJECTIONS : ImportRunResult.OK, results, null);
    }

    /**
     * For a file whose content is known: the result when nothing is left to import (already
     * imported, or imported but not yet archived), else null. A file still PROCESSING is adopted
     * by this run and null is returned, so that it is resumed.
     */
    private FileResult settleKnown(long runId, Candidate candidate, Inbox inbox, LocalDate today, ImportProgress progress) {
        ImportFileRecord known = log.findByChecksum(candidate.inspection().checksum());
        if (known == null || known.getStatus().equals(FileStatus.PROCESSING.name())) {
            return null;
        }
        if (known.getArchivePath() != null && !java.nio.file.Files.exists(inbox.resolve(known.getArchivePath()))) {
            log.adopt(known.getId(), runId);
            archive(candidate, known.getId(), known.getArchivePath(), inbox);
            return finished(known.getId(), progress);
        }
        String target = inbox.archiveTarget(candidate.name(), today);
        ImportFileRecord again = log.newFile(runId, candidate.name(), candidate.inspection().checksum(),
                candidate.inspection().sizeBytes(), FileStatus.ALREADY_IMPORTED, r -> {
                    r.setKind(candidate.kind().code());
                    r.setPreviousFileId(known.getId());
                    r.setArchivePath(target);
                    r.setFinishedAt(java.time.OffsetDateTime.now(clock));
                });
        inbox.move(candidate.path(), target);
        return finished(again.getId(), progress);
    }

    private List<FileResult> importStrategies(long runId, List<Candidate> files, Inbox inbox, LocalDate today,
                                              Locale locale, ImportProgress progress) {
        List<Long> ids = transaction.execute(status -> {
            List<StrategyFile> input = new ArrayList<>();
            List<Long> fileIds = new ArrayList<>();
            for (Candidate candidate : files) {
                ImportFileRecord record = newProcessingFile(runId, candidate, locale);
                fileIds.add(record.getId());
                input.add(new StrategyFile(context(record.getId(), candidate, locale, today), rows(candidate)));
            }
            List<ChunkResult> results = strategies.importFiles(input);
            for (int i = 0; i < files.size(); i++) {
                log.addChunk(fileIds.get(i), results.get(i));
                log.markImported(fileIds.get(i), inbox.archiveTarget(files.get(i).name(), today));
            }
            return fileIds;
        });
        List<FileResult> results = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            progress.fileStarted(files.get(i).name(), FileKind.STRATEGI.code(), files.get(i).rows());
            archive(files.get(i), ids.get(i), log.file(ids.get(i)).getArchivePath(), inbox);
            results.add(finished(ids.get(i), progress));
        }
        return results;
    }

    private FileResult importFile(long runId, Candidate candidate, Inbox inbox, LocalDate today, Locale locale,
                                  ImportProgress progress) {
        ImportFileRecord known = log.findByChecksum(candidate.inspection().checksum());
        ImportFileRecord record;
        if (known != null && known.getStatus().equals(FileStatus.PROCESSING.name())) {
            log.adopt(known.getId(), runId);
            record = log.file(known.getId());
            LOG.info("Resuming {} after {} rows", candidate.name(), record.getRowsRead());
        } else {
            record = newProcessingFile(runId, candidate, locale);
        }
        progress.fileStarted(candidate.name(), candidate.kind().code(), candidate.rows());
        jobs.run(record.getId(), candidate, locale, today, progress, record.getRowsRead());
        CrashPoint.at("rows-done", candidate.name());
        String target = inbox.archiveTarget(candidate.name(), today);
        log.markImported(record.getId(), target);
        CrashPoint.at("before-archive", candidate.name());
        archive(candidate, record.getId(), target, inbox);
        CrashPoint.at("after-archive", candidate.name());
        return finished(record.getId(), progress);
    }

    private FileResult rejectWhole(long runId, Candidate candidate, Inbox inbox, Locale locale, ImportProgress progress) {
        String reason = messages.getMessage(candidate.rejectKey(), candidate.rejectArgs(), candidate.rejectKey(), locale);
        String target = inbox.failedTarget(candidate.name());
        ImportFileRecord record = log.newFile(runId, candidate.name(), candidate.inspection().checksum(),
                candidate.inspection().sizeBytes(), FileStatus.REJECTED, r -> {
                    r.setErrorMessage(reason);
                    r.setArchivePath(target);
                    r.setFinishedAt(java.time.OffsetDateTime.now(clock));
                    if (candidate.inspection().dialect() != null) {
                        r.setEncoding(candidate.inspection().dialect().encodingName());
                        r.setDelimiter(candidate.inspection().dialect().delimiterName());
                    }
                });
        Reports.writeText(inbox.report(target, ".fel.txt"), candidate.name() + ": " + reason);
        inbox.move(candidate.path(), target);
        return finished(record.getId(), progress);
    }

    private ImportFileRecord newProcessingFile(long runId, Candidate candidate, Locale locale) {
        List<String> unknown = candidate.header().unknownColumns(candidate.kind());
        return log.newFile(runId, candidate.name(), candidate.inspection().checksum(),
                candidate.inspection().sizeBytes(), FileStatus.PROCESSING, r -> {
                    r.setKind(candidate.kind().code());
                    r.setEncoding(candidate.inspection().dialect().encodingName());
                    r.setDelimiter(candidate.inspection().dialect().delimiterName());
                    if (!unknown.isEmpty()) {
                        r.setWarnings(messages.getMessage("file.unknowncolumns", new Object[] {String.join(", ", unknown)},
                                "file.unknowncolumns", locale));
                    }
                });
    }

    private FileContext context(long fileId, Candidate candidate, Locale locale, LocalDate today) {
        return new FileContext(fileId, candidate.name(), candidate.header(), locale, today, messages);
    }

    private static List<CsvRow> rows(Candidate candidate) {
        List<CsvRow> rows = new ArrayList<>();
        try (CsvRowReader reader = CsvRowReader.open(candidate.path(), candidate.inspection().dialect())) {
            for (CsvRow row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** Writes the rejection report beside the archived file (if any row was rejected), then moves it. */
    private void archive(Candidate candidate, long fileId, String target, Inbox inbox) {
        if (log.file(fileId).getRowsRejected() > 0) {
            Reports.writeRejections(inbox.report(target, ".avvisade.csv"), action -> log.forEachRejection(fileId, action));
        }
        CrashPoint.at("report-written", candidate.name());
        inbox.move(candidate.path(), target);
    }

    private FileResult finished(long fileId, ImportProgress progress) {
        FileResult result = log.result(fileId);
        progress.fileFinished(result);
        return result;
    }
}
