package se.maltavla.dataimport.csv;

/**
 * One data row of a file: the physical line it starts on (the header is line 1; a quoted field
 * spanning lines counts its lines) and its raw values in file order.
 */
public record CsvRow(long line, String[] values) {

    public String raw(int index) {
        return index >= 0 && index < values.length ? values[index] : "";
    }
}
