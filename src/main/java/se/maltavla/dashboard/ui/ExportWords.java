package se.maltavla.dashboard.ui;

import com.vaadin.flow.component.Component;
import java.util.HashMap;
import java.util.Map;
import se.maltavla.fulfilment.ForecastStatus;
import se.maltavla.fulfilment.Status;
import se.maltavla.shared.table.Cell;

/**
 * The words a view's export gives its coded columns: the CSV writes the code (programs read it),
 * the workbook the word in the UI's language. Taken when the view is built, so that the download,
 * written later, needs no UI.
 */
public final class ExportWords {

    /** Codes only: for writing CSV, which never shows the words. */
    public static final ExportWords CODES = new ExportWords(Map.of());

    private final Map<String, String> words;

    private ExportWords(Map<String, String> words) {
        this.words = words;
    }

    public static ExportWords of(Component view) {
        Map<String, String> words = new HashMap<>();
        for (Status status : Status.values()) {
            String key = "status." + status.code();
            words.put(key, view.getTranslation(key));
        }
        for (ForecastStatus forecast : ForecastStatus.values()) {
            String key = "export.forecast." + forecast.code();
            words.put(key, view.getTranslation(key));
        }
        return new ExportWords(words);
    }

    public Object status(Status status) {
        return status == null ? null : Cell.word(status.code(), words.get("status." + status.code()));
    }

    public Object forecast(ForecastStatus forecast) {
        return forecast == null ? null : Cell.word(forecast.code(), words.get("export.forecast." + forecast.code()));
    }
}
