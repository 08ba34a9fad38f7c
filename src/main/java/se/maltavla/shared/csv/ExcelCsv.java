package se.maltavla.shared.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import se.maltavla.shared.table.Cell;
import se.maltavla.shared.table.TableWriter;

/**
 * Writes CSV that opens directly in Swedish Excel (docs/import-contract.md §9): UTF-8 with BOM, ';',
 * CRLF, decimal comma, numbers plainly (no exponent, no grouping), and a leading {@code '} on
 * any text cell that Excel would otherwise run as a formula. A {@link Cell} is written in its CSV
 * form (a code, not its word; the figure as the CSV always wrote it).
 */
public final class ExcelCsv implements TableWriter {

    private final CSVPrinter printer;

    public ExcelCsv(Writer out, List<String> header) {
        try {
            out.write('\uFEFF');
            CSVFormat format = CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(';')
                    .setRecordSeparator("\r\n")
                    .get();
            this.printer = new CSVPrinter(out, format);
            printer.printRecord(header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One row; each cell is a String (guarded), a BigDecimal or Integer/Long (written plainly), a
     * {@link Cell} (its CSV form), or null (empty).
     */
    @Override
    public void row(Object... cells) {
        Object[] written = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            written[i] = cell(cells[i]);
        }
        try {
            printer.printRecord(written);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String cell(Object value) {
        return switch (value) {
            case null -> "";
            case Cell typed -> cell(typed.csv());
            case BigDecimal number -> number(number);
            case Number number -> number.toString();
            default -> guard(value.toString());
        };
    }

    /** A number with decimal comma, trailing zeros dropped, never in exponent form. */
    public static String number(BigDecimal value) {
        BigDecimal plain = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        return plain.toPlainString().replace('.', ',');
    }

    /** Text Excel would treat as a formula gets a leading apostrophe; numbers are left alone. */
    static String guard(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky && !looksNumeric(text) ? "'" + text : text;
    }

    private static boolean looksNumeric(String text) {
        return text.matches("[+-]?\\d+([.,]\\d+)?");
    }

    /** Writes what is buffered, leaving the writer open. */
    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
