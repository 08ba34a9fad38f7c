package se.maltavla.actionplan;

/**
 * Lineage: the import file a row came from (as named when it was imported) and its physical line.
 */
public record SourceLine(long fileId, String fileName, long line) {}
