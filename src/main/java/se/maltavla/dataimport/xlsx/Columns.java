package se.maltavla.dataimport.xlsx;

import se.maltavla.dataimport.csv.CsvLimits;

/** Excel's column letters: A is 0, Z 25, AA 26 … XFD 16383. */
public final class Columns {

    private Columns() {}

    /** The column of a cell reference such as {@code C12}; -1 when it has no letters. */
    static int index(String reference, long row) {
        int column = 0;
        int letters = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = Character.toUpperCase(reference.charAt(i));
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
            letters++;
            if (column > CsvLimits.MAX_COLUMNS) {
                return CsvLimits.MAX_COLUMNS; // beyond Excel's columns: the caller refuses the row
            }
        }
        return letters == 0 ? -1 : column - 1;
    }

    /** The letters of a column: 0 is A. */
    public static String letters(int index) {
        StringBuilder out = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            out.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return out.toString();
    }
}
