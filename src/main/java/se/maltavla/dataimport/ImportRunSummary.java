package se.maltavla.dataimport;

import java.time.OffsetDateTime;
import java.util.List;

/** A stored run and its files, for the dashboard. */
public record ImportRunSummary(long runId, OffsetDateTime startedAt, OffsetDateTime finishedAt, String status,
                               String trigger, Integer exitStatus, String error, List<FileResult> files) {}
