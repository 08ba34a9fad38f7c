package se.maltavla.dataimport.row;

import java.util.List;
import se.maltavla.dataimport.RejectedRow;
import se.maltavla.dataimport.Rejection;
import se.maltavla.dataimport.csv.CsvRow;

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
        String column = e.column() == null ? "" : context.header().writtenName(e.column());
        String reason = context.messages().getMessage(e.reasonKey(), e.args(), e.reasonKey(), context.locale());
        return new RejectedRow(
                new Rejection(line, column, e.value() == null ? "" : e.value(), reason),
                subject(municipality),
                subject(code),
                subject(period));
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
