package se.maltavla.dataimport.row;

import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import se.maltavla.dataimport.csv.Header;

/**
 * What a kind's importer knows of the file it is importing.
 *
 * @param importDate the run's date (an activity without start date belongs to its year)
 * @param messages the bundles rejection reasons come from, in {@code locale}
 * @param limits what the person who uploaded the file may change (a reporter's nämnder), or none
 * @param sheet the sheet read, for a workbook (rejections name it, and the column's letter); else null
 */
public record FileContext(
        long fileId,
        String fileName,
        Header header,
        Locale locale,
        LocalDate importDate,
        MessageSource messages,
        ReportingLimits limits,
        String sheet) {

    public FileContext(
            long fileId, String fileName, Header header, Locale locale, LocalDate importDate, MessageSource messages) {
        this(fileId, fileName, header, locale, importDate, messages, ReportingLimits.NONE, null);
    }
}
