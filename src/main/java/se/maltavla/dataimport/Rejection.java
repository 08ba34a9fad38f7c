package se.maltavla.dataimport;

/**
 * A rejected row: the physical line, the column as written in the file (empty when the reason
 * concerns the whole row), the value as written, and the reason in the run's language.
 */
public record Rejection(long line, String column, String value, String reason) {}
