package se.maltavla.dataimport;

import java.time.OffsetDateTime;

/**
 * A measured value (an utfall row) that an import rejected, for the indicator's page.
 *
 * @param fileId the import file's id: a later import has a larger one
 * @param importedAt when the file's import started
 */
public record RejectedValue(
        long fileId,
        String fileName,
        OffsetDateTime importedAt,
        long line,
        String column,
        String value,
        String reason) {}
