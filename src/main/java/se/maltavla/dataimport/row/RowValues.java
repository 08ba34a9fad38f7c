package se.maltavla.dataimport.row;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import se.maltavla.dataimport.csv.CsvRow;
import se.maltavla.dataimport.csv.Header;
import se.maltavla.dataimport.value.CodeList;
import se.maltavla.dataimport.value.DateValue;
import se.maltavla.dataimport.value.Fold;
import se.maltavla.dataimport.value.NumberValue;
import se.maltavla.dataimport.value.YesNoValue;
import se.maltavla.shared.Coded;
import se.maltavla.shared.InvalidValueException;
import se.maltavla.shared.MunicipalityCode;

/**
 * Typed access to one row's values by canonical column name. Every accessor turns a value the
 * spec does not accept into a {@link RowRejectedException} naming the column and the value.
 */
public final class RowValues {

    private final Header header;
    private final CsvRow row;

    public RowValues(Header header, CsvRow row) {
        this.header = header;
        this.row = row;
    }

    public long line() {
        return row.line();
    }

    /** The raw value as written, untrimmed; "" when the column is absent. */
    public String raw(String column) {
        int position = header.position(column);
        String fault = row.fault(position);
        if (fault != null) {
            // a workbook's cell that holds no value: an Excel error (#DIV/0!), a formula never computed
            throw new RowRejectedException(column, row.raw(position), fault);
        }
        return row.raw(position);
    }

    /**
     * Trimmed text, or null when empty or absent. Longer than the column's limit
     * ({@link ColumnLimits}), or holding a control character other than TAB and line breaks
     * (which no database column takes), rejects the row.
     */
    public String text(String column) {
        String value = raw(column).trim();
        if (value.isEmpty()) {
            return null;
        }
        int limit = ColumnLimits.of(column);
        int length = value.codePointCount(0, value.length());
        if (length > limit) {
            throw new RowRejectedException(column, raw(column), "value.toolong", length, limit);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                throw new RowRejectedException(column, raw(column), "value.controlchar", i + 1);
            }
        }
        return value;
    }

    public String requiredText(String column) {
        String value = text(column);
        if (value == null) {
            throw new RowRejectedException(column, raw(column), "value.required");
        }
        return value;
    }

    public MunicipalityCode municipality() {
        return parse("kommun", MunicipalityCode::parse);
    }

    public int year(String column) {
        String value = requiredText(column);
        if (!value.matches("\\d{4}")) {
            throw new RowRejectedException(column, raw(column), "value.year");
        }
        return Integer.parseInt(value);
    }

    public BigDecimal number(String column) {
        return parse(column, NumberValue::parse);
    }

    public LocalDate date(String column) {
        return parse(column, DateValue::parse);
    }

    public Boolean yesNo(String column) {
        return parse(column, YesNoValue::parse);
    }

    /** A list of codes; one longer than a code may be ({@link ColumnLimits}) rejects the row. */
    public List<String> codes(String column) {
        List<String> codes = CodeList.parse(raw(column));
        int limit = ColumnLimits.of("kod");
        for (String code : codes) {
            if (code.length() > limit) {
                throw new RowRejectedException(column, raw(column), "value.codetoolong", code.length(), limit);
            }
        }
        return codes;
    }

    /**
     * A fixed word folded like header names, mapped through {@code words} (folded word → value).
     * Returns {@code absent} when the cell is empty.
     */
    public <T> T word(String column, Map<String, T> words, T absent, String allowed) {
        String value = text(column);
        if (value == null) {
            return absent;
        }
        T found = words.get(Fold.fold(value));
        if (found == null) {
            throw new RowRejectedException(column, raw(column), "value.word", allowed);
        }
        return found;
    }

    /**
     * A fixed word naming a constant of a coded enum, folded like header names ({@code Vänort} =
     * {@code vanort}); null when the cell is empty. A word that names none rejects the row,
     * listing the codes.
     */
    public <E extends Enum<E> & Coded> E coded(String column, Class<E> type) {
        Map<String, E> words = new java.util.HashMap<>();
        for (E constant : type.getEnumConstants()) {
            words.put(Fold.fold(constant.code()), constant);
        }
        String allowed = java.util.Arrays.stream(type.getEnumConstants())
                .map(Coded::code)
                .collect(java.util.stream.Collectors.joining(", "));
        return word(column, words, null, allowed);
    }

    /** A date, or a yes/no word (yes with the date unknown), or empty (docs/import-contract.md §3). */
    public DateOrYesNo dateOrYesNo(String column) {
        String value = text(column);
        if (value == null) {
            return DateOrYesNo.EMPTY;
        }
        if (YesNoValue.isYesNoWord(value)) {
            return new DateOrYesNo(YesNoValue.parse(value), null);
        }
        try {
            return new DateOrYesNo(true, DateValue.parse(value));
        } catch (InvalidValueException e) {
            throw new RowRejectedException(column, raw(column), "value.dateoryesno");
        }
    }

    public RowRejectedException reject(String column, String reasonKey, Object... args) {
        return new RowRejectedException(
                column, column == null ? "" : row.raw(header.position(column)), reasonKey, args);
    }

    private <T> T parse(String column, Function<String, T> parser) {
        try {
            return parser.apply(raw(column));
        } catch (InvalidValueException e) {
            throw new RowRejectedException(column, raw(column), e.reasonKey(), e.args());
        }
    }

    /** Lower-case identity of a code or name: codes compare case-insensitively. */
    public static String key(String code) {
        return code.trim().toLowerCase(Locale.ROOT);
    }

    /** forankrad / rapporterad: whether, and when if known. */
    public record DateOrYesNo(Boolean done, LocalDate on) {
        static final DateOrYesNo EMPTY = new DateOrYesNo(null, null);
    }
}
