package se.maltavla.yearend.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import se.maltavla.yearend.SteeringPack;
import se.maltavla.yearend.YearEndService;
import se.maltavla.yearend.render.AccessiblePdf;
import se.maltavla.yearend.render.pack.PackDocument;

/**
 * The pack as an accessible PDF (PDF/UA-1, PDF/A-3u: design decision 0014), made when the user
 * clicks, as the signed-in user, from the figures of that moment.
 */
final class PackPdf {

    private PackPdf() {}

    static DownloadHandler download(
            YearEndService yearEnd,
            MessageSource messages,
            Locale locale,
            String fileName,
            String municipality,
            int year,
            LocalDate from,
            LocalDate to) {
        return event -> {
            SteeringPack pack = yearEnd.changes(municipality, year, from, to);
            event.setFileName(fileName);
            event.setContentType("application/pdf");
            AccessiblePdf.write(new PackDocument(messages, locale).document(pack), event.getOutputStream());
        };
    }
}
