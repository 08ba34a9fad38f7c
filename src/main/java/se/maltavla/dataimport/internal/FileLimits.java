package se.maltavla.dataimport.internal;

import org.springframework.stereotype.Component;
import se.maltavla.dataimport.row.ReportingLimits;
import se.maltavla.security.ReporterRights;

/**
 * The limits a file's rows are imported with: those of the user who uploaded it, read when its
 * import starts or continues (a reporter whose nämnder changed meanwhile has the new ones; one
 * disabled may change nothing). A file nobody uploaded has none (design decision 0022).
 */
@Component
class FileLimits {

    private final ImportLog log;
    private final ReporterRights rights;

    FileLimits(ImportLog log, ReporterRights rights) {
        this.log = log;
        this.rights = rights;
    }

    ReportingLimits of(long fileId) {
        String uploader = log.file(fileId).getUploadedBy();
        if (uploader == null) {
            return ReportingLimits.NONE;
        }
        return rights.limitsOf(uploader)
                .map(binding -> ReportingLimits.of(uploader, binding.municipality(), binding.committees()))
                .orElse(ReportingLimits.NONE);
    }
}
