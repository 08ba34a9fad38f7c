package se.maltavla.dataimport.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.context.MessageSource;
import se.maltavla.dataimport.csv.CsvRow;
import se.maltavla.dataimport.csv.Dialect;
import se.maltavla.dataimport.csv.RowSource;
import se.maltavla.dataimport.row.ChunkResult;
import se.maltavla.dataimport.row.FileContext;
import se.maltavla.dataimport.row.RowImporter;

/** Hands each chunk to the file kind's importer and records its counts and rejections. */
class RowChunkWriter implements ItemStreamWriter<CsvRow> {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RowChunkWriter.class);

    private final long fileId;
    private final Path file;
    private final Dialect dialect;
    private final String sheet;
    private final RowImporter importer;
    private final ImportLog log;
    private final MessageSource messages;
    private final Locale locale;
    private final LocalDate importDate;
    private final ProgressRegistry progress;
    private final FileLimits limits;
    private RowImporter.Session session;

    RowChunkWriter(
            long fileId,
            Path file,
            Dialect dialect,
            String sheet,
            RowImporter importer,
            ImportLog log,
            MessageSource messages,
            Locale locale,
            LocalDate importDate,
            ProgressRegistry progress,
            FileLimits limits) {
        this.limits = limits;
        this.fileId = fileId;
        this.file = file;
        this.dialect = dialect;
        this.sheet = sheet;
        this.importer = importer;
        this.log = log;
        this.messages = messages;
        this.locale = locale;
        this.importDate = importDate;
        this.progress = progress;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        try (RowSource reader = RowSources.open(file, dialect, sheet)) {
            FileContext context = new FileContext(
                    fileId,
                    file.getFileName().toString(),
                    reader.header(),
                    locale,
                    importDate,
                    messages,
                    limits.of(fileId),
                    sheet == null || sheet.isEmpty() ? null : sheet);
            session = importer.open(context);
        }
    }

    @Override
    public void write(Chunk<? extends CsvRow> chunk) {
        CrashPoint.chunk(file.getFileName().toString());
        @SuppressWarnings("unchecked")
        java.util.List<CsvRow> rows = (java.util.List<CsvRow>) chunk.getItems();
        ChunkResult result = session.write(rows);
        log.addChunk(fileId, result);
        progress.rowsDone(fileId, result.read());
        LOG.debug(
                "Chunk of {} rows written for {} (last line {})",
                result.read(),
                file.getFileName(),
                rows.isEmpty() ? 0 : rows.getLast().line());
    }
}
