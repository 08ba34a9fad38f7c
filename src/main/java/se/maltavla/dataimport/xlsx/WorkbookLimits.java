package se.maltavla.dataimport.xlsx;

/**
 * What a workbook may hold beyond the limits every file has ({@link
 * se.maltavla.dataimport.csv.CsvLimits}: a cell, a row, the columns). They keep the memory of an
 * import bounded whatever the workbook: only the shared strings (every distinct text of the
 * workbook) and the styles are held whole, so their size is limited; a sheet is streamed.
 */
public final class WorkbookLimits {

    /** Excel's own number of rows of a sheet. */
    public static final long MAX_ROW = 1_048_576;
    /** The shared strings part (xl/sharedStrings.xml), unpacked: held in memory while reading. */
    public static final long MAX_SHARED_STRINGS_BYTES = 48L * 1024 * 1024;
    /** The styles part and the workbook part, unpacked: held in memory (small in any real file). */
    public static final long MAX_SMALL_PART_BYTES = 16L * 1024 * 1024;
    /** A sheet's XML, unpacked: streamed, but it bounds the time a file can take. */
    public static final long MAX_SHEET_BYTES = 2L * 1024 * 1024 * 1024;
    /** How far a part may inflate before it is taken for a zip bomb (POI's default, 1 %). */
    public static final double MIN_INFLATE_RATIO = 0.01;

    private WorkbookLimits() {}
}
