package se.maltavla.audit.ui;

import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import se.maltavla.audit.AuditFilter;
import se.maltavla.audit.AuditLog;
import se.maltavla.shared.table.Cell;
import se.maltavla.shared.table.TableTarget;
import se.maltavla.shared.table.TableWriter;

/** The entries the filter selects, newest first, in the export dialect: times in Swedish time, kinds as codes. */
final class AuditCsv {

    static final List<String> HEADER =
            List.of("tidpunkt", "anvandare", "varifran", "handelse", "galler", "fore", "efter");

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private AuditCsv() {}

    static void write(AuditLog log, AuditFilter filter, Writer out) {
        write(log, filter, TableTarget.csv(out));
    }

    /** The same, as CSV or as a workbook (the time a date cell there). */
    static void write(AuditLog log, AuditFilter filter, TableTarget out) {
        try (TableWriter csv = out.open(HEADER)) {
            log.forEach(
                    filter,
                    e -> csv.row(
                            Cell.time(
                                    e.occurredAt().atZone(AuditLog.SWEDISH_TIME).toLocalDateTime(),
                                    WHEN.format(e.occurredAt().atZone(AuditLog.SWEDISH_TIME))),
                            e.actor(),
                            e.origin(),
                            e.kind(),
                            e.subject(),
                            e.before() == null ? "" : e.before(),
                            e.after() == null ? "" : e.after()));
        }
    }
}
