package se.maltavla.dataimport;

import java.util.Optional;

/** Another import run holds the import (one run at a time, across the dashboard and jobs/import). */
public class ImportBusyException extends RuntimeException {

    private final transient ImportRunSummary running;

    public ImportBusyException(ImportRunSummary running) {
        super("Another import run is in progress");
        this.running = running;
    }

    /** The run recorded as running, when there is one (a run of another process may not be recorded yet). */
    public Optional<ImportRunSummary> running() {
        return Optional.ofNullable(running);
    }
}
