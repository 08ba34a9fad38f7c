package se.maltavla.dataimport.csv;

/**
 * One data row of a file: the physical line it starts on (the header is line 1; a quoted field
 * spanning lines counts its lines; in a workbook, the row number Excel shows) and its raw values
 * in file order (in a workbook, by column: A is 0).
 *
 * @param faults null, or per value a message key when the cell cannot be taken as a value (an
 *     Excel error such as {@code #DIV/0!}, a formula without a computed value); the value is
 *     then what the cell showed
 */
public record CsvRow(long line, String[] values, String[] faults) {

    public CsvRow(long line, String[] values) {
        this(line, values, null);
    }

    public String raw(int index) {
        return index >= 0 && index < values.length ? values[index] : "";
    }

    /** The message key of the cell's fault, or null. */
    public String fault(int index) {
        return faults != null && index >= 0 && index < faults.length ? faults[index] : null;
    }
}
