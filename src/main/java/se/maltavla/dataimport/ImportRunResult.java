package se.maltavla.dataimport;

import java.util.List;

/**
 * The outcome of one import run: its files' summaries and the command line's exit status
 * (docs/import-contract.md §8.9): 0 every row accepted, 2 some rows or files rejected, 1 failed.
 */
public record ImportRunResult(long runId, int exitStatus, List<FileResult> files, String failure) {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int REJECTIONS = 2;

    /** The exit status of a run that went through all its files: 1 over 2 over 0. */
    public static int exitStatusOf(List<FileResult> files) {
        if (files.stream().anyMatch(f -> f.status().needsRerun())) {
            return FAILED;
        }
        return files.stream().anyMatch(FileResult::hasRejections) ? REJECTIONS : OK;
    }
}
