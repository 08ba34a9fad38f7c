package se.maltavla.dataimport.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Consumer;
import se.maltavla.dataimport.Rejection;
import se.maltavla.shared.csv.ExcelCsv;

/**
 * The files written beside a processed file: {@code .avvisade.csv} (columns rad;kolumn;varde;orsak,
 * UTF-8 with BOM, ';') and {@code .fel.txt}. Each is written to a temporary file and renamed,
 * so that a crash never leaves half a report.
 */
final class Reports {

    private Reports() {}

    /** Through the one CSV writer of the app: a rejected cell such as {@code =1+1} is never run by Excel. */
    static void writeRejections(Path report, Consumer<Consumer<Rejection>> rejections) {
        write(report, out -> {
            ExcelCsv csv = new ExcelCsv(out, List.of("rad", "kolumn", "varde", "orsak"));
            rejections.accept(r -> csv.row(r.line(), r.column(), r.value(), r.reason()));
            csv.flush();
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
