package se.maltavla.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import se.maltavla.dataimport.ImportProgress;
import se.maltavla.dataimport.ImportRunResult;
import se.maltavla.dataimport.ImportService;
import se.maltavla.dataimport.ImportTrigger;
import se.maltavla.shared.i18n.Messages;

/**
 * The sample municipalities (Ronneby, Kungsbacka) imported into a test's database, as on first
 * start. Importing again changes nothing (the files are known by their content), so every UI
 * test class can ask for them.
 */
public final class SampleData {

    private SampleData() {}

    public static void importInto(ImportService imports) {
        try {
            for (String municipality : new String[] {"ronneby", "kungsbacka"}) {
                Path inbox = Files.createTempDirectory("maltavla-samples");
                new TestInbox(inbox).copySamples(municipality);
                ImportRunResult result = imports.run(
                        inbox, ImportTrigger.COMMAND, Messages.SWEDISH, Duration.ofMinutes(2), ImportProgress.NONE);
                assertThat(result.exitStatus()).as(result.toString()).isNotEqualTo(ImportRunResult.FAILED);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
