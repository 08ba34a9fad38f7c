package se.maltavla.dataimport.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.maltavla.dataimport.FileStatus;
import se.maltavla.dataimport.ImportProgress;
import se.maltavla.dataimport.ImportRunResult;
import se.maltavla.dataimport.ImportService;
import se.maltavla.dataimport.ImportTrigger;
import se.maltavla.dataimport.RunSummaryFormatter;
import se.maltavla.scheduling.ScheduledRuns;
import se.maltavla.shared.i18n.Messages;

/**
 * The nightly run in the dashboard's process: cron from configuration (default 02:00). When it
 * leaves a file that was still being copied in, it runs once more {@link #FOLLOW_UP} later, so
 * that a file copied in at two o'clock is not left till the next night.
 */
@Component
@ConditionalOnWebApplication
class NightlyImport {

    private static final Logger LOG = LoggerFactory.getLogger(NightlyImport.class);

    private final ImportService imports;
    private final RunSummaryFormatter formatter;
    private final Path inbox;
    static final Duration FOLLOW_UP = Duration.ofMinutes(10);

    static final String JOB = "nightly-import";
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private final String language;
    private final TaskScheduler scheduler;
    private final ScheduledRuns claims;
    private final String cron;

    NightlyImport(
            ImportService imports,
            RunSummaryFormatter formatter,
            @Value("${maltavla.import.inbox}") String inbox,
            @Value("${maltavla.import.language}") String language,
            ScheduledRuns claims,
            @Value("${maltavla.import.cron}") String cron) {
        this(imports, formatter, inbox, language, null, claims, cron);
    }

    @Autowired
    NightlyImport(
            ImportService imports,
            RunSummaryFormatter formatter,
            @Value("${maltavla.import.inbox}") String inbox,
            @Value("${maltavla.import.language}") String language,
            TaskScheduler scheduler,
            ScheduledRuns claims,
            @Value("${maltavla.import.cron}") String cron) {
        this.imports = imports;
        this.formatter = formatter;
        this.inbox = Path.of(inbox);
        this.language = language;
        this.scheduler = scheduler;
        this.claims = claims;
        this.cron = cron;
    }

    /**
     * Every instance's scheduler fires; the one whose claim of this firing succeeds runs it
     * (docs/design-decisions/0024). Its follow-up run is its own: no other instance schedules one.
     */
    @Scheduled(cron = "${maltavla.import.cron}", zone = "Europe/Stockholm")
    void run() throws java.io.IOException {
        if (!claims.claim(JOB, cron, ZONE)) {
            return;
        }
        ImportRunResult result = runOnce();
        boolean waiting = result.files().stream().anyMatch(f -> f.status() == FileStatus.WAITING);
        if (waiting && scheduler != null) {
            LOG.info(
                    "A file was still being copied in; the import runs again at {}",
                    Instant.now().plus(FOLLOW_UP));
            scheduler.schedule(
                    () -> {
                        try {
                            runOnce();
                        } catch (java.io.IOException | RuntimeException e) {
                            LOG.error("The follow-up import run failed", e);
                        }
                    },
                    Instant.now().plus(FOLLOW_UP));
        }
    }

    private ImportRunResult runOnce() throws java.io.IOException {
        java.nio.file.Files.createDirectories(inbox);
        ImportRunResult result = imports.run(
                inbox, ImportTrigger.SCHEDULE, Messages.locale(language), Duration.ofMinutes(30), ImportProgress.NONE);
        LOG.info(
                "Nightly import over {}:\n{}",
                inbox.toAbsolutePath(),
                formatter.format(result, Messages.locale(language)));
        return result;
    }
}
