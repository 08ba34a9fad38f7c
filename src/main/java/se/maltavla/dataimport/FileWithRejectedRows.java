package se.maltavla.dataimport;

import java.time.OffsetDateTime;

/**
 * An imported file whose rejected rows about a municipality's plan year still stand: neither
 * replaced by a later import of a file of the same name, nor set right by a later file that gave
 * the same subject (docs/year-end.md, "Before locking").
 *
 * @param kind the file's kind as stored (strategi, handlingsplan, utfall, berattelse, aktiviteter), null if unknown
 * @param importedAt when its import began
 * @param standingRows how many of its rejected rows about the municipality's plan year still stand
 * @param firstLine the first of those rows' line numbers
 */
public record FileWithRejectedRows(
        long fileId,
        long runId,
        String fileName,
        String kind,
        OffsetDateTime importedAt,
        long standingRows,
        long firstLine) {}
