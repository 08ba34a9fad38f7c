package se.maltavla.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.function.Consumer;
import se.maltavla.shared.table.TableTarget;

/**
 * "Exportera Excel": beside {@link CsvExport}, the same table as an .xlsx workbook with typed cells
 * (codes as text, figures as numbers, shares as percent, dates as dates, statuses in words; a
 * frozen, filtered header). Written when the user clicks, streamed, as the signed-in user.
 */
public class ExcelExport extends Anchor {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public ExcelExport(String fileName, Consumer<TableTarget> content) {
        super(handler(fileName, content), AttachmentType.DOWNLOAD, "");
        add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("export.xlsx")));
        getElement().setAttribute("title", getTranslation("export.xlsx.title", fileName));
        addClassName("export-link");
    }

    private static DownloadHandler handler(String fileName, Consumer<TableTarget> content) {
        String sheet = fileName.replaceFirst("(?i)\\.xlsx$", "");
        return event -> {
            event.setFileName(fileName);
            event.setContentType(CONTENT_TYPE);
            content.accept(TableTarget.workbook(event.getOutputStream(), sheet));
        };
    }

    /** A file name without characters that browsers or file systems refuse. */
    public static String fileName(String... parts) {
        return String.join("-", parts).replaceAll("[^\\p{L}\\p{N}._-]+", "-") + ".xlsx";
    }
}
