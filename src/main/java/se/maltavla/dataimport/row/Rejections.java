package se.maltavla.dataimport.row;

import java.util.List;
import se.maltavla.dataimport.RejectedRow;
import se.maltavla.dataimport.Rejection;
import se.maltavla.dataimport.csv.CsvRow;
import se.maltavla.dataimport.xlsx.Columns;

/**
 * Turns a {@link RowRejectedException} into a {@link Rejection} in the run's language, with what
 * the row was about as written in it ({@link RejectedRow}): its kommun, the code that names its
 * subject, and its period or year.
 */
public final class Rejections {

    /** The columns that name a row's subject, by preference: a handlingsplan row is its indicator's. */
    private static final List<String> CODE_COLUMNS = List.of("indikatorkod", "aktivitetkod", "kod");

    private static final List<String> PERIOD_COLUMNS = List.of("period", "ar");
    private static final int SUBJECT_LENGTH = 200;

    private final FileContext context;

    public Rejections(FileContext context) {
        this.context = context;
    }

    public RejectedRow of(CsvRow row, RowRejectedException e) {
        return of(row.line(), cell(row, List.of("kommun")), cell(row, CODE_COLUMNS), cell(row, PERIOD_COLUMNS), e);
    }

    public RejectedRow of(long line, String municipality, String code, String period, RowRejectedException e) {
        String column = column(e.column());
        String reason = context.messages().getMessage(e.reasonKey(), e.args(), e.reasonKey(), context.locale());
        return new RejectedRow(
                new Rejection(line, column, e.value() == null ? "" : e.value(), reason),
                subject(municipality),
                subject(code),
                subject(period));
    }

    /**
     * The column as written in the file; in a workbook also the sheet and the column's letter,
     * "varde (blad Utfall, kolumn D)", so that the cell is found as Excel shows it.
     */
    private String column(String canonical) {
        if (context.sheet() == null) {
            return canonical == null ? "" : context.header().writtenName(canonical);
        }
        int position = canonical == null ? -1 : context.header().position(canonical);
        if (position < 0) {
            Object[] args = canonical == null
                    ? new Object[] {context.sheet()}
                    : new Object[] {context.sheet(), context.header().writtenName(canonical)};
            String key = canonical == null ? "import.xlsx.sheet" : "import.xlsx.sheetcolumn";
            return context.messages().getMessage(key, args, key, context.locale());
        }
        return context.messages()
                .getMessage(
                        "import.xlsx.cell",
                        new Object[] {
                            context.header().writtenName(canonical), context.sheet(), Columns.letters(position)
                        },
                        "import.xlsx.cell",
                        context.locale());
    }

    /** The first of the columns the file has, as written. */
    private String cell(CsvRow row, List<String> columns) {
        for (String column : columns) {
            int position = context.header().position(column);
            if (position >= 0) {
                return row.raw(position);
            }
        }
        return null;
    }

    /** Trimmed, without control characters, cut to what the column holds; null when empty. */
    private static String subject(String raw) {
        if (raw == null) {
            return null;
        }
        String value = raw.replaceAll("\\p{Cntrl}", "").trim();
        if (value.isEmpty()) {
            return null;
        }
        return value.length() <= SUBJECT_LENGTH ? value : value.substring(0, SUBJECT_LENGTH);
    }
}
