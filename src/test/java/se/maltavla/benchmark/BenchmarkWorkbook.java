package se.maltavla.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The benchmark's utfall file as Excel would save it: one sheet "Utfall", texts in the shared
 * strings table (as Excel writes them), kommun, code and period as text cells, varde as a
 * number cell. Written with POI's streaming writer, so that a million rows fit in the heap.
 */
final class BenchmarkWorkbook {

    private BenchmarkWorkbook() {}

    /** Writes the workbook; returns the number of data rows. */
    static long write(Path csv, Path xlsx) throws IOException {
        long rows = 0;
        try (InputStream input = Files.newInputStream(csv);
                SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, true)) {
            input.skipNBytes(3); // the BOM
            CSVParser parser = CSVParser.builder()
                    .setReader(new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8), 1 << 16))
                    .setFormat(CSVFormat.RFC4180.builder().setDelimiter(';').get())
                    .get();
            SXSSFSheet sheet = workbook.createSheet("Utfall");
            int r = 0;
            for (CSVRecord record : parser) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < record.size(); c++) {
                    String value = record.get(c);
                    if (r > 0 && c == 3) {
                        row.createCell(c).setCellValue(Double.parseDouble(value.replace(',', '.')));
                    } else {
                        row.createCell(c).setCellValue(value);
                    }
                }
                r++;
            }
            rows = r - 1;
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                workbook.write(out);
            }
        }
        return rows;
    }
}
