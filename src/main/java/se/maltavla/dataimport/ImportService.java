package se.maltavla.dataimport;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The import's public API: one run over an inbox, as the nightly job and jobs/import do it; the
 * stored runs and their rejected rows; and the dashboard's writes (an upload into the inbox, a
 * run started by a coordinator), which are checked here whatever the UI shows.
 */
public interface ImportService {

    /**
     * Runs one import over {@code inbox}, waiting up to {@code waitForOtherRun} for a run in
     * progress elsewhere to finish. Never throws for bad input or a failed run: the result's
     * exit status says what happened. Unchecked: the nightly job and jobs/import have no user.
     */
    ImportRunResult run(
            Path inbox, ImportTrigger trigger, Locale language, Duration waitForOtherRun, ImportProgress progress);

    /**
     * Does {@code work} while no import runs, waiting up to {@code wait} for one in progress (the
     * year-end's lock takes its snapshot so: no chunk of a file can change the year meanwhile).
     *
     * @throws ImportBusyException when an import still runs after {@code wait}
     */
    <T> T whileNoImportRuns(Duration wait, java.util.function.Supplier<T> work);

    /** When each of these imported files was imported (its record's start), by file id; files not found are left out. */
    java.util.Map<Long, java.time.OffsetDateTime> importedAt(java.util.Collection<Long> fileIds);

    /**
     * The run in progress as stored, whichever instance (or jobs/import) runs it, with each file's
     * rows done so far; empty when none runs. Read again by the Import view every few seconds.
     */
    Optional<RunningImport> running();

    /**
     * The latest runs, newest first, with their files' summaries. For a signed-in reporter, only
     * the runs that took a file the reporter uploaded, and in them only those files.
     */
    List<ImportRunSummary> recentRuns(int limit);

    /** One stored run with its files' summaries, if there is a run with that id (a reporter: one with its own files). */
    Optional<ImportRunSummary> findRun(long runId);

    /**
     * A page of a file's rejected rows in line order, those matching {@code search}: every
     * word of it (case-insensitive) occurs in the row's line number, column, value or reason.
     * A blank search matches every row. A reporter reads its own files' rows only (else
     * {@link org.springframework.security.access.AccessDeniedException}), here and in the methods below.
     */
    @PreAuthorize("isAuthenticated()")
    List<Rejection> rejections(long fileId, String search, int offset, int limit);

    /** The same page as {@link #rejections}, with what each row was about (its kommun, code and period). */
    @PreAuthorize("isAuthenticated()")
    List<RejectedRow> rejectedRows(long fileId, String search, int offset, int limit);

    /**
     * The latest value an import rejected for an indicator of a municipality's plan year (an
     * utfall row with its code, for a period of that year or one that could not be read), if any.
     */
    @PreAuthorize("isAuthenticated()")
    Optional<RejectedValue> latestRejectedValue(String municipality, String indicatorCode, int year);

    /**
     * The files whose rejected rows about a municipality's plan year still stand (the year-end's
     * list of what is missing, docs/year-end.md, "Before locking"), newest first. A rejected row is about the
     * plan year when it names the municipality and its period or year lies in the plan year or
     * cannot be read; it stands until a later import of a file of the same name, or a later file
     * that gave the same value, plan row, text or activity.
     */
    @PreAuthorize("isAuthenticated()")
    List<FileWithRejectedRows> filesWithRejectedRows(String municipality, int year);

    /** How many of a file's rejected rows match {@code search} (as {@link #rejections}). */
    @PreAuthorize("isAuthenticated()")
    long countRejections(long fileId, String search);

    /** Every rejected row of a file matching {@code search}, in line order, streamed (for an export). */
    @PreAuthorize("isAuthenticated()")
    void forEachRejection(long fileId, String search, Consumer<Rejection> action);

    /** The largest file {@link #upload} accepts, in bytes ({@code maltavla.import.upload-max-bytes}). */
    long uploadLimitBytes();

    /**
     * Stores a CSV file in the configured inbox ({@code maltavla.import.inbox}) for the next run,
     * under a safe name that no file in the inbox has yet. The file appears whole or not at all,
     * so a run starting meanwhile never reads half of it. Coordinators and reporters; the upload
     * is recorded with the signed-in user, whose rights its rows are imported with (a reporter's:
     * only its own nämnder, design decision 0022).
     *
     * @param fileName the name the user's computer gave it (path parts are dropped)
     * @throws UploadRejectedException when it is not a .csv file or larger than the limit
     */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'REPORTER')")
    UploadedFile upload(String fileName, InputStream content);

    /**
     * Starts a run over the configured inbox on a background thread (trigger DASHBOARD) and
     * returns at once; the future completes with the run's result. Coordinators and reporters: a
     * reporter's run takes only the files that reporter uploaded, and leaves the rest of the inbox
     * alone (design decision 0022).
     *
     * @param progress called on the run's thread, file by file; an exception it throws is
     *                 logged and never stops the run
     * @throws ImportBusyException when another run (nightly, jobs/import, another user) is in progress
     */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'REPORTER')")
    CompletableFuture<ImportRunResult> startInboxRun(Locale language, ImportProgress progress);
}
