package se.maltavla.dataimport.internal;

import static se.maltavla.db.Tables.MUNICIPALITY;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.maltavla.dataimport.ImportProgress;
import se.maltavla.dataimport.ImportService;
import se.maltavla.dataimport.ImportTrigger;
import se.maltavla.dataimport.RunSummaryFormatter;
import se.maltavla.dataimport.SampleDataImported;
import se.maltavla.shared.i18n.Messages;

/**
 * On the first start with an empty database, imports the sample municipalities (one folder each
 * under {@code maltavla.import.sample-data}) so that a new user has something to see. The files
 * are copied to an inbox of their own under the data folder; the samples stay as they are.
 */
@Component
@ConditionalOnWebApplication
class SampleDataOnFirstStart {

    private static final Logger LOG = LoggerFactory.getLogger(SampleDataOnFirstStart.class);

    private final DSLContext db;
    private final ImportService imports;
    private final RunSummaryFormatter formatter;
    private final Path samples;
    private final Path dataDir;

    private final ApplicationEventPublisher events;

    SampleDataOnFirstStart(
            DSLContext db,
            ImportService imports,
            RunSummaryFormatter formatter,
            @Value("${maltavla.import.sample-data}") String samples,
            @Value("${maltavla.data-dir}") String dataDir,
            ApplicationEventPublisher events) {
        this.events = events;
        this.db = db;
        this.imports = imports;
        this.formatter = formatter;
        this.samples = Path.of(samples);
        this.dataDir = Path.of(dataDir);
    }

    // Before the other start-up work (the first login's notice then comes last on the terminal).
    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void importSamplesIntoEmptyDatabase() throws IOException {
        if (samples.toString().isBlank() || !Files.isDirectory(samples) || db.fetchCount(MUNICIPALITY) > 0) {
            return;
        }
        List<String> imported = new java.util.ArrayList<>();
        for (Path folder : folders()) {
            Path inbox =
                    dataDir.resolve("sample-inbox").resolve(folder.getFileName().toString());
            Files.createDirectories(inbox);
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(
                                f -> f.getFileName().toString().toLowerCase().endsWith(".csv"))
                        .toList()) {
                    Files.copy(file, inbox.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            var result = imports.run(
                    inbox, ImportTrigger.FIRST_START, Messages.SWEDISH, Duration.ofMinutes(5), ImportProgress.NONE);
            LOG.info("Sample data {} imported:\n{}", folder.getFileName(), formatter.format(result, Messages.SWEDISH));
            imported.add(folder.getFileName().toString());
        }
        events.publishEvent(new SampleDataImported(imported));
    }

    private List<Path> folders() throws IOException {
        try (Stream<Path> entries = Files.list(samples)) {
            return entries.filter(Files::isDirectory).sorted().toList();
        }
    }
}
