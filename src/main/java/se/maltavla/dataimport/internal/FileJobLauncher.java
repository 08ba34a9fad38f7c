package se.maltavla.dataimport.internal;

import java.time.LocalDate;
import java.util.Locale;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;
import se.maltavla.dataimport.ImportProgress;

/**
 * Runs (or resumes) the Spring Batch job of one file. An execution left STARTED by a killed
 * process is recovered (marked failed) first: the caller holds the import lock, so no live
 * process can own it. A COMPLETED execution means the file's rows are all in; nothing runs.
 */
@Component
class FileJobLauncher {

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job job;
    private final ProgressRegistry progress;

    FileJobLauncher(JobOperator operator, JobRepository repository, Job fileImportJob, ProgressRegistry progress) {
        this.operator = operator;
        this.repository = repository;
        this.job = fileImportJob;
        this.progress = progress;
    }

    /**
     * @param fileId the file's record in this run (counts and rejections go there)
     * @param batchKey the job's identifying key: the same for every record that continues one import
     */
    void run(
            long fileId,
            long batchKey,
            Candidate candidate,
            Locale locale,
            LocalDate today,
            ImportProgress listener,
            long rowsDone) {
        var inspection = candidate.inspection();
        // a workbook has no dialect: these parameters are then unused, the sheet names what is read
        var dialect = inspection.isWorkbook()
                ? new se.maltavla.dataimport.csv.Dialect(java.nio.charset.StandardCharsets.UTF_8, 0, ';')
                : inspection.dialect();
        JobParameters parameters = new JobParametersBuilder()
                .addLong("fileId", batchKey)
                .addLong("recordId", fileId, false)
                .addString("path", candidate.path().toAbsolutePath().toString(), false)
                .addString("kind", candidate.kind().code(), false)
                .addString("charset", dialect.charset().name(), false)
                .addLong("bom", (long) dialect.bomLength(), false)
                .addString("delimiter", String.valueOf(dialect.delimiter()), false)
                .addString("sheet", inspection.isWorkbook() ? inspection.sheet() : "", false)
                .addString("language", locale.getLanguage(), false)
                .addString("importDate", today.toString(), false)
                .toJobParameters();
        JobExecution last = repository.getLastJobExecution(job.getName(), parameters);
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            return;
        }
        if (last != null && last.isRunning()) {
            operator.recover(last);
        }
        progress.register(fileId, candidate.name(), candidate.rows(), rowsDone, listener);
        try {
            JobExecution execution = operator.start(job, parameters);
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                Throwable cause =
                        execution.getAllFailureExceptions().stream().findFirst().orElse(null);
                throw new ImportFailedException(
                        "The import of " + candidate.name() + " ended " + execution.getStatus()
                                + (cause == null ? "" : ": " + cause.getMessage()),
                        cause);
            }
        } catch (ImportFailedException e) {
            throw e;
        } catch (Exception e) {
            throw new ImportFailedException(
                    "The import of " + candidate.name() + " could not start: " + e.getMessage(), e);
        } finally {
            progress.unregister(fileId);
        }
    }
}
