package se.maltavla.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import se.maltavla.shared.table.TableTarget;

/**
 * "Exportera CSV": a link that downloads what a view shows as CSV in the export's dialect
 * (docs/import-contract.md §9: write it with {@link se.maltavla.shared.csv.ExcelCsv}). The content is
 * written when the user clicks, by the services, as the signed-in user.
 */
public class CsvExport extends Anchor {

    public CsvExport(String fileName, Consumer<Writer> content) {
        super(handler(fileName, content), AttachmentType.DOWNLOAD, "");
        add(VaadinIcon.DOWNLOAD_ALT.create(), new com.vaadin.flow.component.html.Span(getTranslation("export.csv")));
        getElement().setAttribute("title", getTranslation("export.csv.title", fileName));
        addClassName("export-link");
    }

    /** The CSV of a table written against {@link TableTarget}, which {@link ExcelExport} also offers as a workbook. */
    public static CsvExport of(String fileName, Consumer<TableTarget> content) {
        return new CsvExport(fileName, out -> content.accept(TableTarget.csv(out)));
    }

    private static DownloadHandler handler(String fileName, Consumer<Writer> content) {
        return event -> {
            event.setFileName(fileName);
            event.setContentType("text/csv; charset=UTF-8");
            Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            content.accept(out);
            out.flush();
        };
    }

    /** A file name without characters that browsers or file systems refuse. */
    public static String fileName(String... parts) {
        return stem(parts) + ".csv";
    }

    /** A file name's stem without characters that browsers or file systems refuse; no extension. */
    public static String stem(String... parts) {
        return String.join("-", parts).replaceAll("[^\\p{L}\\p{N}._-]+", "-");
    }
}
