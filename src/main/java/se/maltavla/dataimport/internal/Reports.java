package se.maltavla.dataimport.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import se.maltavla.dataimport.Rejection;

/**
 * The files written beside a processed file: {@code .avvisade.csv} (columns rad;kolumn;varde;orsak,
 * UTF-8 with BOM, ';') and {@code .fel.txt}. Each is written to a temporary file and renamed,
 * so that a crash never leaves half a report.
 */
final class Reports {

    private Reports() {}

    static void writeRejections(Path report, Consumer<Consumer<Rejection>> rejections) {
        write(report, out -> {
            out.write('\uFEFF');
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
            CSVPrinter printer = new CSVPrinter(out, format);
            printer.printRecord("rad", "kolumn", "varde", "orsak");
            rejections.accept(r -> {
                try {
                    printer.printRecord(r.line(), r.column(), r.value(), r.reason());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            printer.flush();
        });
    }

    static void writeText(Path report, String text) {
        write(report, out -> out.write(text.endsWith("\n") ? text : text + "\n"));
    }

    private interface Writing {
        void to(BufferedWriter out) throws IOException;
    }

    private static void write(Path report, Writing writing) {
        try {
            Files.createDirectories(report.getParent());
            Path temporary = report.resolveSibling("." + report.getFileName() + ".tmp");
            try (BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                writing.to(out);
            }
            Files.move(temporary, report, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
