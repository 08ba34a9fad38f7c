package se.maltavla.dataimport;

import java.util.List;

/**
 * Published once the first start of Måltavla has imported the sample municipalities into an empty
 * database, so that other features can prepare what a new user should see at once (the year-end
 * locks a sample year).
 *
 * @param folders the sample folders imported, e.g. {@code ronneby}, {@code kungsbacka}
 */
public record SampleDataImported(List<String> folders) {

    public SampleDataImported {
        folders = List.copyOf(folders);
    }
}
