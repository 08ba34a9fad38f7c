package se.maltavla.dataimport.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.maltavla.dataimport.FileResult;
import se.maltavla.dataimport.ImportProgress;

/**
 * A listener whose failures never reach the run: a dashboard that went away (closed tab, ended
 * session) must not fail an import half-way.
 */
record SafeProgress(ImportProgress listener) implements ImportProgress {

    private static final Logger LOG = LoggerFactory.getLogger(SafeProgress.class);

    @Override
    public void fileStarted(String fileName, String kind, long rowsTotal) {
        guarded(() -> listener.fileStarted(fileName, kind, rowsTotal));
    }

    @Override
    public void rowsDone(String fileName, long rowsDone, long rowsTotal) {
        guarded(() -> listener.rowsDone(fileName, rowsDone, rowsTotal));
    }

    @Override
    public void fileFinished(FileResult result) {
        guarded(() -> listener.fileFinished(result));
    }

    private static void guarded(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.debug("An import progress listener failed; the run goes on", e);
        }
    }
}
