package se.maltavla.dataimport.xlsx;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Turns a cell's stored value into the text the row importers read, by the cell's own type
 * (docs/import-format.md, "Excel"): a number exactly as stored (a point as decimal separator,
 * never grouped, never rounded to its display format), a date-formatted number as the date
 * {@code ÅÅÅÅ-MM-DD} (1900 or 1904 date system), a percent-formatted number as the percentage
 * (0,811 shown as 81,1 % gives 81.1), TRUE/FALSE as ja/nej. Text is passed on as written, to the
 * same Swedish parsing as a CSV file's.
 */
final class CellText {

    private enum Kind {
        NUMBER,
        DATE,
        PERCENT
    }

    /** How a style shows a number: as a date, a percentage or a number, with how many fixed decimals. */
    private record Display(Kind kind, int decimals) {}

    private static final Display GENERAL = new Display(Kind.NUMBER, 0);

    private final StylesTable styles;
    private final boolean date1904;
    private final Map<Integer, Display> displays = new HashMap<>();

    CellText(StylesTable styles, boolean date1904) {
        this.styles = styles;
        this.date1904 = date1904;
    }

    /** A numeric cell's text; null when the stored value is not a number (the caller keeps it as written). */
    String number(String stored, int styleIndex) {
        double value;
        try {
            value = Double.parseDouble(stored.trim());
        } catch (NumberFormatException e) {
            return null;
        }
        if (!Double.isFinite(value)) {
            return null;
        }
        Display display = display(styleIndex);
        return switch (display.kind()) {
            case DATE -> DateUtil.isValidExcelDate(value) ? date(value) : plain(value, 0);
            case PERCENT -> plain(new BigDecimal(Double.toString(value)).movePointRight(2), display.decimals());
            case NUMBER -> plain(value, display.decimals());
        };
    }

    static String bool(String stored) {
        return "1".equals(stored.trim()) || "true".equalsIgnoreCase(stored.trim()) ? "ja" : "nej";
    }

    /** An ISO 8601 date (t="d", strict OOXML): the date part. */
    static String isoDate(String stored) {
        String value = stored.trim();
        return value.length() >= 10 && value.charAt(4) == '-' && value.charAt(7) == '-'
                ? value.substring(0, 10)
                : value;
    }

    private String date(double value) {
        LocalDateTime at = DateUtil.getLocalDateTime(value, date1904, true);
        return at.toLocalDate().toString();
    }

    /**
     * The shortest decimal that is the stored double, with at least the decimals the cell's
     * format shows ({@code 1} shown as {@code 1,0} is read as 1.0, as a CSV file saved from it
     * says): never rounded to the format.
     */
    private static String plain(double value, int decimals) {
        return plain(new BigDecimal(Double.toString(value)), decimals);
    }

    private static String plain(BigDecimal value, int decimals) {
        BigDecimal stripped = value.stripTrailingZeros();
        int scale = Math.max(Math.max(stripped.scale(), 0), Math.min(decimals, 12));
        return stripped.setScale(scale).toPlainString();
    }

    private Display display(int styleIndex) {
        if (styleIndex < 0 || styles == null || styleIndex >= styles.getNumCellStyles()) {
            return GENERAL;
        }
        return displays.computeIfAbsent(styleIndex, i -> {
            XSSFCellStyle style = styles.getStyleAt(i);
            if (style == null) {
                return GENERAL;
            }
            String format = style.getDataFormatString();
            if (DateUtil.isADateFormat(style.getDataFormat(), format)) {
                return new Display(Kind.DATE, 0);
            }
            if (format == null) {
                return GENERAL;
            }
            String positive = unquoted(format).split(";", -1)[0];
            return new Display(positive.contains("%") ? Kind.PERCENT : Kind.NUMBER, decimals(positive));
        });
    }

    /** The fixed decimals of a format: the 0s after its decimal point ("# ##0.00" has 2). */
    private static int decimals(String format) {
        int point = format.indexOf('.');
        if (point < 0) {
            return 0;
        }
        int n = 0;
        while (point + 1 + n < format.length() && format.charAt(point + 1 + n) == '0') {
            n++;
        }
        return n;
    }

    /** The format without its quoted literals and escaped characters: "%" in "0 \"%\"" is text. */
    private static String unquoted(String format) {
        return format.replaceAll("\"[^\"]*\"", "").replaceAll("\\\\.", "");
    }
}
