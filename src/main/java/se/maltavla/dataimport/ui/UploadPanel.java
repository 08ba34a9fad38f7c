package se.maltavla.dataimport.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import se.maltavla.dataimport.ImportService;
import se.maltavla.dataimport.UploadRejectedException;
import se.maltavla.dataimport.UploadedFile;

/**
 * Upload into the inbox: CSV files only, up to the configured size, each stored by the service
 * (which checks the role, the name and the size again, whatever the browser did) and answered
 * with a message that says what became of it, in the UI's language.
 */
class UploadPanel extends Section {

    static final int MAX_FILES = 20;
    private static final Logger LOG = LoggerFactory.getLogger(UploadPanel.class);

    private final ImportService imports;
    private final Locale locale;
    private final long limit;
    private final Div messages = new Div();
    private String lastRefusal;
    private long lastRefusalAt;

    UploadPanel(ImportService imports) {
        this.imports = imports;
        this.locale = getLocale();
        this.limit = imports.uploadLimitBytes();
        setId("upload");
        Upload upload = new Upload((UploadHandler) this::receive);
        upload.setId("inbox-upload");
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setAcceptedFileTypes(".csv", ".xlsx", ".xlsm");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limit));
        upload.setMaxFiles(MAX_FILES);
        upload.setI18n(UploadTexts.of(
                this,
                getTranslation("import.upload.error.toolarge", size()),
                getTranslation("import.upload.error.notcsv")));
        upload.addFileRejectedListener(e -> {
            String message = refusal(e.getFileName());
            // The browser component reports a file it refuses twice (seen with Vaadin 25.2): say it once.
            if (!message.equals(lastRefusal)
                    || System.nanoTime() - lastRefusalAt
                            > java.time.Duration.ofSeconds(2).toNanos()) {
                show(false, message);
            }
            lastRefusal = message;
            lastRefusalAt = System.nanoTime();
        });
        messages.setId("upload-messages");
        messages.addClassName("upload-messages");
        messages.getElement().setAttribute("aria-live", "polite");
        add(
                new H2(getTranslation("import.upload.heading")),
                new Paragraph(getTranslation("import.upload.help", size())),
                upload,
                messages);
    }

    /** One file of an upload request: on the request's thread, with its user, without the UI's lock. */
    void receive(UploadEvent event) throws IOException {
        String given = event.getFileName();
        UI ui = event.getUI();
        String outcome;
        boolean stored = false;
        if (event.getFileSize() > limit) {
            outcome = text("import.upload.toolarge", given, size());
        } else {
            try (InputStream content = event.getInputStream()) {
                outcome = store(given, content);
                stored = true;
            } catch (UploadRejectedException e) {
                outcome = refusal(e);
            } catch (AccessDeniedException e) {
                outcome = text("import.upload.refused");
            } catch (RuntimeException e) {
                LOG.warn("An upload into the inbox failed", e);
                outcome = text("import.upload.failed", given);
            }
        }
        if (!stored) {
            event.reject(outcome);
        }
        boolean ok = stored;
        String message = outcome;
        try {
            ui.access(() -> show(ok, message));
        } catch (UIDetachedException gone) {
            // the page was closed while the file was on its way; it is stored or refused all the same
        }
    }

    private String store(String given, InputStream content) {
        UploadedFile file = imports.upload(given, content);
        return text("import.upload.stored", given, file.storedName());
    }

    private String refusal(UploadRejectedException e) {
        return switch (e.reason()) {
            case NOT_CSV -> text("import.upload.notcsv", e.fileName());
            case OLD_EXCEL -> text("import.upload.xls", e.fileName());
            case TOO_LARGE -> text("import.upload.toolarge", e.fileName(), size());
        };
    }

    /** Why the browser refused a file before sending it (it checks the same rules: name and size). */
    private String refusal(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xls")) {
            return text("import.upload.xls", fileName);
        }
        return name.endsWith(".csv") || name.endsWith(".xlsx") || name.endsWith(".xlsm")
                ? text("import.upload.toolarge", fileName, size())
                : text("import.upload.notcsv", fileName);
    }

    private void show(boolean ok, String text) {
        Icon icon = (ok ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.EXCLAMATION_CIRCLE).create();
        icon.getElement().setAttribute("aria-hidden", "true");
        Div message = new Div(icon, new com.vaadin.flow.component.html.Span(text));
        message.addClassNames("upload-message", ok ? "upload-ok" : "upload-refused");
        messages.addComponentAtIndex(0, message);
        messages.getChildren().skip(10).toList().forEach(messages::remove);
    }

    private String size() {
        return ImportTexts.size(limit, locale);
    }

    /** A text in the language the panel was built in: the upload's thread has no current UI to ask. */
    private String text(String key, Object... args) {
        return getTranslation(locale, key, args);
    }
}
