package se.maltavla.dataimport.csv;

/**
 * The largest cell, line and row a file may hold (docs/import-format.md, "Gränser"). They are
 * checked while reading, so that the import's memory stays bounded whatever a file holds: a
 * quote never closed, or a line of millions of delimiters, is rejected at the limit instead of
 * being read into memory whole.
 */
public final class CsvLimits {

    /** Excel's own limit for the text of one cell. */
    public static final int MAX_CELL_CHARS = 32_767;
    /** Excel's own limit for the columns of a sheet. */
    public static final int MAX_COLUMNS = 16_384;
    /** One row (a record, possibly spanning lines): far above what a real row of any kind needs. */
    public static final int MAX_ROW_CHARS = 1_000_000;
    /** A strategi file is read whole (its links are resolved across all rows): at most this many rows. */
    public static final int MAX_STRATEGY_ROWS = 20_000;

    private CsvLimits() {}
}
