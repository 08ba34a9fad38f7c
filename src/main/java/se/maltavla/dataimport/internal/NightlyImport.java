package se.maltavla.dataimport.internal;

import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.maltavla.dataimport.ImportProgress;
import se.maltavla.dataimport.ImportRunResult;
import se.maltavla.dataimport.ImportService;
import se.maltavla.dataimport.ImportTrigger;
import se.maltavla.dataimport.RunSummaryFormatter;
import se.maltavla.shared.i18n.Messages;

/** The nightly run in the dashboard's process: cron from configuration (default 02:00). */
@Component
@ConditionalOnWebApplication
class NightlyImport {

    private static final Logger LOG = LoggerFactory.getLogger(NightlyImport.class);

    private final ImportService imports;
    private final RunSummaryFormatter formatter;
    private final Path inbox;
    private final String language;

    NightlyImport(ImportService imports, RunSummaryFormatter formatter,
                  @Value("${maltavla.import.inbox}") String inbox,
                  @Value("${maltavla.import.language}") String language) {
        this.imports = imports;
        this.formatter = formatter;
        this.inbox = Path.of(inbox);
        this.language = language;
    }

    @Scheduled(cron = "${maltavla.import.cron}", zone = "Europe/Stockholm")
    void run() throws java.io.IOException {
        java.nio.file.Files.createDirectories(inbox);
        ImportRunResult result = imports.run(inbox, ImportTrigger.SCHEDULE, Messages.locale(language),
                Duration.ofMinutes(30), ImportProgress.NONE);
        LOG.info("Nightly import over {}:\n{}", inbox.toAbsolutePath(), formatter.format(result, Messages.locale(language)));
    }
}
