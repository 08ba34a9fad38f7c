package se.maltavla.dataimport.internal;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import se.maltavla.dataimport.csv.CsvRow;
import se.maltavla.dataimport.csv.Dialect;
import se.maltavla.dataimport.csv.FileKind;
import se.maltavla.dataimport.row.RowImporter;
import se.maltavla.shared.i18n.Messages;

/**
 * The Spring Batch job that imports one file: a chunk-oriented step whose reader streams the
 * file's rows and whose writer validates and stores each chunk. The reader's position and the
 * chunk's rows, counts and rejections commit in one transaction, so a run killed at any point
 * resumes after the last committed chunk (docs/import-contract.md §8.7). The file's import_file id
 * identifies the job instance; everything else is a non-identifying parameter.
 */
@Configuration
class FileImportJobConfiguration {

    static final String JOB_NAME = "fileImport";

    @Bean
    Job fileImportJob(JobRepository jobRepository, Step fileImportStep) {
        return new JobBuilder(JOB_NAME, jobRepository).start(fileImportStep).build();
    }

    @Bean
    Step fileImportStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            CsvRowItemReader fileRowReader,
            RowChunkWriter fileRowWriter,
            @Value("${maltavla.import.chunk-size}") int chunkSize) {
        return new StepBuilder("rows", jobRepository)
                .<CsvRow, CsvRow>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(fileRowReader)
                .writer(fileRowWriter)
                .build();
    }

    @Bean
    @StepScope
    CsvRowItemReader fileRowReader(
            @Value("#{jobParameters['path']}") String path,
            @Value("#{jobParameters['charset']}") String charset,
            @Value("#{jobParameters['bom']}") Long bom,
            @Value("#{jobParameters['delimiter']}") String delimiter,
            @Value("#{jobParameters['sheet']}") String sheet) {
        return new CsvRowItemReader(
                Path.of(path), new Dialect(Charset.forName(charset), bom.intValue(), delimiter.charAt(0)), sheet);
    }

    @Bean
    @StepScope
    RowChunkWriter fileRowWriter(
            @Value("#{jobParameters['recordId']}") Long fileId,
            @Value("#{jobParameters['path']}") String path,
            @Value("#{jobParameters['kind']}") String kind,
            @Value("#{jobParameters['language']}") String language,
            @Value("#{jobParameters['importDate']}") String importDate,
            @Value("#{jobParameters['charset']}") String charset,
            @Value("#{jobParameters['bom']}") Long bom,
            @Value("#{jobParameters['delimiter']}") String delimiter,
            @Value("#{jobParameters['sheet']}") String sheet,
            List<RowImporter> importers,
            ImportLog log,
            MessageSource messages,
            ProgressRegistry progress,
            FileLimits limits) {
        FileKind fileKind = FileKind.fromCode(kind);
        RowImporter importer =
                importers.stream().filter(i -> i.kind() == fileKind).findFirst().orElseThrow();
        return new RowChunkWriter(
                fileId,
                Path.of(path),
                new Dialect(Charset.forName(charset), bom.intValue(), delimiter.charAt(0)),
                sheet,
                importer,
                log,
                messages,
                Messages.locale(language),
                LocalDate.parse(importDate),
                progress,
                limits);
    }
}
