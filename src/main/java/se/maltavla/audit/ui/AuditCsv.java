package se.maltavla.audit.ui;

import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import se.maltavla.audit.AuditFilter;
import se.maltavla.audit.AuditLog;
import se.maltavla.shared.csv.ExcelCsv;

/** The entries the filter selects, newest first, as CSV in the export dialect: times in Swedish time, kinds as codes. */
final class AuditCsv {

    static final List<String> HEADER =
            List.of("tidpunkt", "anvandare", "varifran", "handelse", "galler", "fore", "efter");

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private AuditCsv() {}

    static void write(AuditLog log, AuditFilter filter, Writer out) {
        try (ExcelCsv csv = new ExcelCsv(out, HEADER)) {
            log.forEach(
                    filter,
                    e -> csv.row(
                            WHEN.format(e.occurredAt().atZone(AuditLog.SWEDISH_TIME)),
                            e.actor(),
                            e.origin(),
                            e.kind(),
                            e.subject(),
                            e.before() == null ? "" : e.before(),
                            e.after() == null ? "" : e.after()));
        }
    }
}
