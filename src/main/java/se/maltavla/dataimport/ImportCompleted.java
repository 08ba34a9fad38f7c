package se.maltavla.dataimport;

import java.util.List;

/** Published after a run's files are processed: the fulfilment is recomputed for what changed. */
public record ImportCompleted(long runId, List<Long> importedFileIds) {}
