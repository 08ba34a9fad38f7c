package se.maltavla.dataimport.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/** The upload component's own texts (buttons, statuses, errors) in the UI's language. */
final class UploadTexts {

    private UploadTexts() {}

    static UploadI18N of(Component c, String tooLarge, String notCsv) {
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles()
                .setOne(c.getTranslation("import.upload.add.one"))
                .setMany(c.getTranslation("import.upload.add.many")));
        texts.setDropFiles(new UploadI18N.DropFiles()
                .setOne(c.getTranslation("import.upload.drop.one"))
                .setMany(c.getTranslation("import.upload.drop.many")));
        texts.setError(new UploadI18N.Error()
                .setTooManyFiles(c.getTranslation("import.upload.toomany", UploadPanel.MAX_FILES))
                .setFileIsTooBig(tooLarge)
                .setIncorrectFileType(notCsv));
        texts.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(c.getTranslation("import.upload.status.connecting"))
                        .setStalled(c.getTranslation("import.upload.status.stalled"))
                        .setProcessing(c.getTranslation("import.upload.status.processing"))
                        .setHeld(c.getTranslation("import.upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(c.getTranslation("import.upload.remaining.prefix"))
                        .setUnknown(c.getTranslation("import.upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(c.getTranslation("import.upload.error.server"))
                        .setUnexpectedServerError(c.getTranslation("import.upload.error.unexpected"))
                        .setForbidden(c.getTranslation("import.upload.error.forbidden"))
                        .setFileTooLarge(tooLarge)));
        texts.setFile(new UploadI18N.File()
                .setRetry(c.getTranslation("import.upload.file.retry"))
                .setStart(c.getTranslation("import.upload.file.start"))
                .setRemove(c.getTranslation("import.upload.file.remove")));
        texts.setUnits(List.of("B", "kB", "MB", "GB", "TB"));
        return texts;
    }
}
