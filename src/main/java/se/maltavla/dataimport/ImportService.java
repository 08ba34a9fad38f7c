package se.maltavla.dataimport;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The import's public API: one run over an inbox, as the nightly job and jobs/import do it. */
public interface ImportService {

    /**
     * Runs one import over {@code inbox}, waiting up to {@code waitForOtherRun} for a run in
     * progress elsewhere to finish. Never throws for bad input or a failed run: the result's
     * exit status says what happened.
     */
    ImportRunResult run(Path inbox, ImportTrigger trigger, Locale language, Duration waitForOtherRun, ImportProgress progress);

    /** The latest runs, newest first, with their files' summaries. */
    List<ImportRunSummary> recentRuns(int limit);

    /** One stored run with its files' summaries, if there is a run with that id. */
    Optional<ImportRunSummary> findRun(long runId);
}
