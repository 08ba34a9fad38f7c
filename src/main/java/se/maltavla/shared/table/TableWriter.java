package se.maltavla.shared.table;

/** Writes a table row by row, as CSV or as a workbook; cells as {@link Cell} says. */
public interface TableWriter extends AutoCloseable {

    /** One row; each cell a String, a BigDecimal, an Integer or Long, a {@link Cell}, or null (empty). */
    void row(Object... cells);

    /** Finishes the table. */
    @Override
    void close();
}
