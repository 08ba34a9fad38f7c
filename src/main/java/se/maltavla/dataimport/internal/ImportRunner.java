package se.maltavla.dataimport.internal;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.maltavla.dataimport.FileResult;
import se.maltavla.dataimport.FileStatus;
import se.maltavla.dataimport.ImportProgress;
import se.maltavla.dataimport.ImportTrigger;
import se.maltavla.dataimport.csv.CsvRow;
import se.maltavla.dataimport.csv.FileKind;
import se.maltavla.dataimport.csv.RowSource;
import se.maltavla.dataimport.internal.Faults.Fault;
import se.maltavla.dataimport.row.ChunkResult;
import se.maltavla.dataimport.row.FileContext;
import se.maltavla.dataimport.row.ReportingLimits;
import se.maltavla.dataimport.strategy.StrategyImporter;
import se.maltavla.dataimport.strategy.StrategyImporter.StrategyFile;
import se.maltavla.db.tables.records.ImportFileRecord;

/**
 * One import run over an inbox (docs/import-contract.md §8): takes what lies in the inbox, leaves what
 * is still being copied in, inspects every file, takes them in the order strategi,
 * handlingsplan, utfall, berattelse, aktiviteter, imports each, archives it.
 *
 * <p>One file never stops the run: an error caused by a file's content moves that file to
 * failed/ and the run goes on; a file that cannot be read is reported and left. Only trouble of
 * the surroundings (the database, the disk) ends the run, with the file left for the rerun
 * ({@link Faults}).
 *
 * <p>Crash safety: a file's record is found again by its checksum. A file whose import was
 * interrupted is continued after the last committed chunk, under a new record of the run that
 * continues it; an IMPORTED file whose archived copy is missing was interrupted before its move,
 * which is finished now; one whose archived copy exists has been dropped in again and is
 * reported as already imported.
 */
@Component
class ImportRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ImportRunner.class);

    private final ImportLog log;
    private final FileJobLauncher jobs;
    private final StrategyImporter strategies;
    private final TransactionTemplate transaction;
    private final MessageSource messages;
    private final Clock clock;
    private final Settling settling;
    private final Faults faults;
    private final FileOutcomes outcomes;
    private final UploadRecords uploads;
    private final se.maltavla.security.ReporterRights limits;

    ImportRunner(
            UploadRecords uploads,
            se.maltavla.security.ReporterRights limits,
            ImportLog log,
            FileJobLauncher jobs,
            StrategyImporter strategies,
            TransactionTemplate transaction,
            MessageSource messages,
            Clock clock,
            Settling settling,
            Faults faults,
            FileOutcomes outcomes) {
        this.uploads = uploads;
        this.limits = limits;
        this.log = log;
        this.jobs = jobs;
        this.strategies = strategies;
        this.transaction = transaction;
        this.messages = messages;
        this.clock = clock;
        this.settling = settling;
        this.faults = faults;
        this.outcomes = outcomes;
    }

    /** The run's files, each with what became of it. Throws only for trouble of the surroundings. */
    List<FileResult> run(long runId, Path inboxPath, Locale locale, ImportTrigger trigger, ImportProgress progress) {
        return run(runId, inboxPath, locale, trigger, progress, null);
    }

    /**
     * @param onlyUploadsOf a reporter's run: only the files this user uploaded (by name, then by
     *     content), everything else in the inbox left as it is and not even recorded; null for all
     */
    List<FileResult> run(
            long runId,
            Path inboxPath,
            Locale locale,
            ImportTrigger trigger,
            ImportProgress progress,
            String onlyUploadsOf) {
        RunContext run = new RunContext(runId, new Inbox(inboxPath), LocalDate.now(clock), locale, progress);
        List<FileResult> results = new ArrayList<>();
        InboxScan scan = run.inbox().scan();
        if (onlyUploadsOf != null) {
            scan = ownUploads(scan, onlyUploadsOf);
        }
        for (Path entry : scan.notFiles()) {
            results.add(outcomes.leave(
                    run, entry, FileStatus.SKIPPED, Files.isDirectory(entry) ? "file.folder" : "file.notafile"));
        }
        for (Path link : scan.brokenLinks()) {
            results.add(outcomes.rejectWhole(run, link, "", 0, null, "file.brokenlink"));
        }
        Settling.Settled settled = settling.settle(scan.files(), trigger == ImportTrigger.FIRST_START);
        for (Path file : settled.changing()) {
            results.add(outcomes.leave(run, file, FileStatus.WAITING, "file.beingcopied"));
        }
        List<Candidate> candidates = new ArrayList<>();
        settled.ready().forEach((file, stamp) -> {
            FileResult notRead = inspect(run, file, stamp, candidates);
            if (notRead != null) {
                results.add(notRead);
            }
        });
        if (onlyUploadsOf != null) {
            // A file under the reporter's name whose content the reporter did not upload (replaced in the
            // inbox by someone else) is not the reporter's to import: left alone, unrecorded.
            candidates.removeIf(
                    c -> !uploads.uploaderOf(c.name(), c.inspection().checksum())
                            .map(u -> u.equalsIgnoreCase(onlyUploadsOf))
                            .orElse(false));
        }
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            if (candidate.kind() == FileKind.STRATEGI && !candidate.rejected() && byReporter(candidate)) {
                // A strategy is the municipality's, never a nämnd's: a reporter's strategy file is refused whole.
                candidates.set(
                        i,
                        candidate.rejectedWith(
                                "file.reporter.strategy",
                                uploads.uploaderOf(
                                                candidate.name(),
                                                candidate.inspection().checksum())
                                        .orElse("")));
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::order).thenComparing(Candidate::name));

        List<Candidate> strategyFiles = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (candidate.kind() == FileKind.STRATEGI && !candidate.rejected()) {
                FileResult settledBefore = settleKnown(run, candidate);
                if (settledBefore != null) {
                    results.add(settledBefore);
                } else {
                    strategyFiles.add(candidate);
                }
            }
        }
        if (!strategyFiles.isEmpty()) {
            results.addAll(importStrategies(run, strategyFiles));
        }
        for (Candidate candidate : candidates) {
            if (candidate.rejected()) {
                results.add(outcomes.rejectWhole(
                        run,
                        candidate.path(),
                        candidate.inspection().checksum(),
                        candidate.inspection().sizeBytes(),
                        candidate,
                        candidate.rejectKey(),
                        candidate.rejectArgs()));
            } else if (candidate.kind() != FileKind.STRATEGI) {
                FileResult settledBefore = settleKnown(run, candidate);
                results.add(settledBefore != null ? settledBefore : importFile(run, candidate));
            }
        }
        return results;
    }

    /** Of a scan, the files the user uploaded under their names; nothing else. */
    private InboxScan ownUploads(InboxScan scan, String username) {
        java.util.Set<String> names = uploads.namesUploadedBy(
                username,
                scan.files().stream().map(p -> p.getFileName().toString()).toList());
        return new InboxScan(
                scan.files().stream()
                        .filter(p -> names.contains(p.getFileName().toString()))
                        .toList(),
                List.of(),
                List.of());
    }

    /** Whether the file was uploaded by somebody who may not import everything now (a reporter). */
    private boolean byReporter(Candidate candidate) {
        return uploads.uploaderOf(candidate.name(), candidate.inspection().checksum())
                .map(limits::limitsOf)
                .map(java.util.Optional::isPresent)
                .orElse(false);
    }

    /**
     * Inspects a file and adds it to the candidates; or, when it cannot be taken now, the
     * result that says why: gone, not readable by Måltavla, a read error, changed while read.
     */
    private FileResult inspect(RunContext run, Path file, FileStamp stamp, List<Candidate> candidates) {
        Candidate candidate;
        try {
            candidate = Inspector.inspect(file).stamped(stamp);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof NoSuchFileException) {
                return outcomes.leave(run, file, FileStatus.SKIPPED, "file.gone");
            }
            if (e.getCause() instanceof AccessDeniedException) {
                return outcomes.rejectWhole(run, file, "", 0, null, "file.noaccess");
            }
            LOG.warn("{} could not be read: {}", file, e.getCause().toString());
            return outcomes.leave(run, file, FileStatus.UNREADABLE, "file.ioerror");
        }
        if (!Settling.unchanged(file, stamp)) {
            return outcomes.leave(run, file, FileStatus.WAITING, "file.changedwhileread");
        }
        candidates.add(candidate);
        return null;
    }

    /**
     * For a file whose content is known: the result when nothing is left to import (already
     * imported, imported but not yet archived, failed but not yet moved), else null: a file whose
     * import was interrupted is continued, one that failed and was dropped in again is imported
     * anew.
     */
    private FileResult settleKnown(RunContext run, Candidate candidate) {
        ImportFileRecord known = log.findByChecksum(candidate.inspection().checksum());
        if (known == null) {
            return null;
        }
        FileStatus status = FileStatus.valueOf(known.getStatus());
        boolean movedAway =
                known.getArchivePath() != null && Files.exists(run.inbox().resolve(known.getArchivePath()));
        if (status == FileStatus.FAILED) {
            if (movedAway || known.getArchivePath() == null) {
                return null;
            }
            ImportFileRecord again = alreadyKnown(run, candidate, known, FileStatus.FAILED, known.getArchivePath());
            outcomes.moveToFailed(run, candidate.path(), known.getArchivePath(), known.getErrorMessage());
            return outcomes.finished(again.getId(), run.progress());
        }
        if (status != FileStatus.IMPORTED) {
            return null;
        }
        if (known.getArchivePath() != null && !movedAway) {
            ImportFileRecord again =
                    alreadyKnown(run, candidate, known, FileStatus.ALREADY_IMPORTED, known.getArchivePath());
            archive(run, candidate, known.getId(), known.getArchivePath());
            return outcomes.finished(again.getId(), run.progress());
        }
        String target = run.inbox().archiveTarget(candidate.name(), run.today());
        ImportFileRecord again = alreadyKnown(run, candidate, known, FileStatus.ALREADY_IMPORTED, target);
        run.inbox().move(candidate.path(), target);
        return outcomes.finished(again.getId(), run.progress());
    }

    private ImportFileRecord alreadyKnown(
            RunContext run, Candidate candidate, ImportFileRecord known, FileStatus status, String target) {
        return log.newFile(
                run.runId(),
                candidate.name(),
                candidate.inspection().checksum(),
                candidate.inspection().sizeBytes(),
                status,
                r -> {
                    r.setKind(candidate.kind().code());
                    r.setPreviousFileId(known.getId());
                    r.setArchivePath(target);
                    r.setErrorMessage(status == FileStatus.FAILED ? known.getErrorMessage() : null);
                    r.setFinishedAt(java.time.OffsetDateTime.now(clock));
                });
    }

    /**
     * All strategi files of a run in one transaction (links resolve across them). When that
     * fails because of a file's content, each file is tried alone, so that only the file at
     * fault goes to failed/.
     */
    private List<FileResult> importStrategies(RunContext run, List<Candidate> files) {
        List<Long> ids;
        try {
            ids = importStrategiesTogether(run, files);
        } catch (RuntimeException e) {
            Fault fault = faults.classify(e);
            if (fault == Fault.SURROUNDINGS || files.size() == 1) {
                return List.of(strategyFailed(run, files.getFirst(), e, fault));
            }
            LOG.warn("The strategi files of run {} failed together; trying each alone", run.runId());
            List<FileResult> results = new ArrayList<>();
            for (Candidate file : files) {
                try {
                    results.addAll(archiveStrategies(run, List.of(file), importStrategiesTogether(run, List.of(file))));
                } catch (RuntimeException alone) {
                    results.add(strategyFailed(run, file, alone, faults.classify(alone)));
                }
            }
            return results;
        }
        return archiveStrategies(run, files, ids);
    }

    private FileResult strategyFailed(RunContext run, Candidate file, RuntimeException e, Fault fault) {
        if (fault == Fault.SURROUNDINGS) {
            throw e;
        }
        if (fault == Fault.READING) {
            LOG.warn("{} could not be read: {}", file.path(), e.toString());
            return outcomes.leave(run, file.path(), FileStatus.UNREADABLE, "file.ioerror");
        }
        String errorId = errorId();
        LOG.error("The import of {} failed because of something in the file (error {})", file.name(), errorId, e);
        return outcomes.rejectWhole(
                run,
                file.path(),
                file.inspection().checksum(),
                file.inspection().sizeBytes(),
                file,
                "file.failed.strategy",
                errorId);
    }

    private List<Long> importStrategiesTogether(RunContext run, List<Candidate> files) {
        return transaction.execute(status -> {
            List<StrategyFile> input = new ArrayList<>();
            List<Long> fileIds = new ArrayList<>();
            for (Candidate candidate : files) {
                ImportFileRecord record = newProcessingFile(run, candidate);
                fileIds.add(record.getId());
                input.add(new StrategyFile(context(record.getId(), candidate, run), rows(candidate)));
            }
            List<ChunkResult> results = strategies.importFiles(input);
            for (int i = 0; i < files.size(); i++) {
                log.addChunk(fileIds.get(i), results.get(i));
                log.markImported(
                        fileIds.get(i), run.inbox().archiveTarget(files.get(i).name(), run.today()));
            }
            return fileIds;
        });
    }

    private List<FileResult> archiveStrategies(RunContext run, List<Candidate> files, List<Long> ids) {
        List<FileResult> results = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            run.progress()
                    .fileStarted(
                            files.get(i).name(),
                            FileKind.STRATEGI.code(),
                            files.get(i).rows());
            archive(run, files.get(i), ids.get(i), log.file(ids.get(i)).getArchivePath());
            results.add(outcomes.finished(ids.get(i), run.progress()));
        }
        return results;
    }

    private FileResult importFile(RunContext run, Candidate candidate) {
        ImportFileRecord known = log.findByChecksum(candidate.inspection().checksum());
        ImportFileRecord record;
        if (known != null
                && (known.getStatus().equals(FileStatus.PROCESSING.name())
                        || known.getStatus().equals(FileStatus.INTERRUPTED.name()))) {
            record = log.continueFile(
                    known,
                    run.runId(),
                    candidate.name(),
                    outcomes.text(run.locale(), "file.continued", known.getRowsRead(), known.getRunId()),
                    outcomes.text(run.locale(), "file.continuedin", run.runId(), candidate.name()));
            LOG.info("Continuing {} after {} rows", candidate.name(), record.getRowsRead());
        } else {
            record = newProcessingFile(run, candidate);
        }
        run.progress().fileStarted(candidate.name(), candidate.kind().code(), candidate.rows());
        try {
            jobs.run(
                    record.getId(),
                    record.getBatchKey(),
                    candidate,
                    run.locale(),
                    run.today(),
                    run.progress(),
                    record.getRowsRead());
        } catch (RuntimeException e) {
            return importFailed(run, candidate, record.getId(), e);
        }
        CrashPoint.at("rows-done", candidate.name());
        if (!Settling.unchanged(candidate.path(), candidate.stamp())) {
            log.finishFile(
                    record.getId(), FileStatus.WAITING, outcomes.text(run.locale(), "file.changedwhileimported"), null);
            return outcomes.finished(record.getId(), run.progress());
        }
        String target = run.inbox().archiveTarget(candidate.name(), run.today());
        log.markImported(record.getId(), target);
        CrashPoint.at("before-archive", candidate.name());
        archive(run, candidate, record.getId(), target);
        CrashPoint.at("after-archive", candidate.name());
        return outcomes.finished(record.getId(), run.progress());
    }

    /**
     * A file's import stopped with an error. The surroundings' trouble ends the run (the file
     * stays, to be continued by the rerun); a read error leaves the file to be continued by the
     * next run; an error caused by the content moves the file to failed/, keeping the rows
     * committed before it.
     */
    private FileResult importFailed(RunContext run, Candidate candidate, long fileId, RuntimeException e) {
        Fault fault = faults.classify(e);
        if (fault == Fault.SURROUNDINGS) {
            throw e;
        }
        if (fault == Fault.READING) {
            LOG.warn("{} could not be read to its end: {}", candidate.path(), e.toString());
            log.finishFile(fileId, FileStatus.INTERRUPTED, outcomes.text(run.locale(), "file.readfailed"), null);
            return outcomes.finished(fileId, run.progress());
        }
        String errorId = errorId();
        LOG.error("The import of {} failed because of something in the file (error {})", candidate.name(), errorId, e);
        long rowsIn = log.file(fileId).getRowsRead();
        String reason = outcomes.text(run.locale(), "file.failed", rowsIn, errorId);
        String target = run.inbox().failedTarget(candidate.name());
        log.finishFile(fileId, FileStatus.FAILED, reason, target);
        outcomes.moveToFailed(run, candidate.path(), target, reason);
        return outcomes.finished(fileId, run.progress());
    }

    private ImportFileRecord newProcessingFile(RunContext run, Candidate candidate) {
        List<String> unknown = candidate.header().unknownColumns(candidate.kind());
        return log.newFile(
                run.runId(),
                candidate.name(),
                candidate.inspection().checksum(),
                candidate.inspection().sizeBytes(),
                FileStatus.PROCESSING,
                r -> {
                    r.setKind(candidate.kind().code());
                    r.setEncoding(candidate.inspection().encodingName());
                    // with rows_read, the progress every instance's Import view shows (decision 0024)
                    r.setRowsTotal(candidate.rows());
                    r.setDelimiter(candidate.inspection().delimiterName());
                    if (!unknown.isEmpty()) {
                        r.setWarnings(messages.getMessage(
                                "file.unknowncolumns",
                                new Object[] {UnknownColumns.listed(unknown)},
                                "file.unknowncolumns",
                                run.locale()));
                    }
                });
    }

    private FileContext context(long fileId, Candidate candidate, RunContext run) {
        return new FileContext(
                fileId,
                candidate.name(),
                candidate.header(),
                run.locale(),
                run.today(),
                messages,
                ReportingLimits.NONE,
                candidate.inspection().sheet());
    }

    private static List<CsvRow> rows(Candidate candidate) {
        List<CsvRow> rows = new ArrayList<>();
        try (RowSource reader = RowSources.open(
                candidate.path(),
                candidate.inspection().dialect(),
                candidate.inspection().sheet())) {
            for (CsvRow row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** Writes the rejection report beside the archived file (if any row was rejected), then moves it. */
    private void archive(RunContext run, Candidate candidate, long fileId, String target) {
        if (log.file(fileId).getRowsRejected() > 0) {
            Reports.writeRejections(
                    run.inbox().report(target, ".avvisade.csv"), action -> log.forEachRejection(fileId, action));
        }
        CrashPoint.at("report-written", candidate.name());
        run.inbox().move(candidate.path(), target);
    }

    /** A short id that ties what the user reads to the server's log. */
    private static String errorId() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }
}
