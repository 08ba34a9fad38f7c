package se.maltavla.dataimport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.util.FileSystemUtils;
import se.maltavla.dataimport.ImportProgress;
import se.maltavla.dataimport.ImportRunResult;
import se.maltavla.dataimport.ImportService;
import se.maltavla.dataimport.ImportTrigger;
import se.maltavla.dataimport.RejectedRow;
import se.maltavla.security.ReporterBinding;
import se.maltavla.security.Role;
import se.maltavla.security.internal.UserRepository;
import se.maltavla.shared.i18n.Messages;
import se.maltavla.support.TestInbox;
import se.maltavla.support.UiTest;

/**
 * The Import view of a reporter (rapportör) without a browser: Ulla reports for Nämnd U of 9903
 * (a municipality of its own: its rows are rejected whatever else the shared UI test database
 * holds). She uploads and starts a run, and sees her own files' runs and rejected rows only.
 */
@WithMockUser(
        username = "Ulla",
        roles = {"REPORTER", "VIEWER"})
class ReporterImportViewTest extends UiTest {

    static final String UTFALL = "kommun;indikator_kod;period;varde";

    @Autowired
    ImportService imports;

    @Autowired
    UserRepository users;

    @Autowired
    DSLContext db;

    @Value("${maltavla.import.inbox}")
    Path configuredInbox;

    @TempDir
    Path folder;

    @BeforeEach
    void ulla() throws IOException {
        FileSystemUtils.deleteRecursively(configuredInbox);
        Files.createDirectories(configuredInbox);
        users.insert("Ulla", "{noop}unused-password", Role.REPORTER);
        users.updateBinding("Ulla", new ReporterBinding("9903", List.of("Nämnd U")));
    }

    @AfterEach
    void noUlla() {
        users.updateBinding("Ulla", ReporterBinding.NOTHING);
        db.execute("delete from app_user where username_key = 'ulla'");
    }

    @Test
    void a_reporter_uploads_runs_its_own_files_and_sees_only_their_runs_and_rejected_rows() throws Exception {
        TestInbox other = new TestInbox(folder);
        // Content of its own: the UI tests share one database, and the same checksum would be "already imported" there.
        other.write("utfall-annan.csv", UTFALL, "9901;RAPP-A1;2016-T1;4");
        ImportRunResult others = imports.run(
                folder, ImportTrigger.COMMAND, Messages.SWEDISH, Duration.ofSeconds(30), ImportProgress.NONE);
        Files.write(configuredInbox.resolve("natt.csv"), csv("9903;N1;2016-T1;1"));

        navigate(ImportView.class);

        assertThat(text($(Paragraph.class).id("reporter-note")))
                .startsWith("Du är rapportör för Nämnd U i 9903. Du ser bara dina egna filer");
        assertThat($(Paragraph.class).withId("viewer-note").exists()).isFalse();
        assertThat(text($(RunsList.class).single()))
                .doesNotContain("utfall-annan.csv", "Körning " + others.runId() + " ");

        test($(Upload.class).single())
                .upload("utfall ulla.csv", "text/csv", csv("9903;U1;2016-T1;4", "9904;U2;2016-T1;5"));
        runPendingAccess();
        test($(Button.class).id("start-import")).click();
        $(RunNowPanel.class).single().lastRun().get(30, TimeUnit.SECONDS);
        runPendingAccess();

        String runs = text($(RunsList.class).single());
        assertThat(runs).contains("utfall-ulla.csv").doesNotContain("natt.csv", "utfall-annan.csv");
        assertThat(inboxFiles()).as("the rest of the inbox left alone").containsExactly("natt.csv");
        assertThat(text($(Paragraph.class).id("rejections-file"))).startsWith("Fil utfall-ulla.csv");
        assertThat(gridReasons())
                .containsExactly(
                        "Raden gäller 9904, men Ulla rapporterar bara för 9903. Ta bort raden, eller be koordinatorn"
                                + " läsa in den.");
    }

    @SuppressWarnings("unchecked")
    private List<String> gridReasons() {
        Grid<RejectedRow> grid = $(Grid.class).id("rejections-grid");
        var tester = test(grid);
        return java.util.stream.IntStream.range(0, tester.size())
                .mapToObj(i -> tester.getCellText(i, 5))
                .filter(reason -> reason.contains("Ulla"))
                .toList();
    }

    private static String text(Component component) {
        return component instanceof HasText t && !t.getText().isEmpty()
                ? t.getText()
                : component.getElement().getTextRecursively();
    }

    private static byte[] csv(String... rows) {
        return (UTFALL + "\r\n" + String.join("\r\n", rows) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private List<String> inboxFiles() throws IOException {
        try (Stream<Path> files = Files.list(configuredInbox)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith("."))
                    .sorted()
                    .toList();
        }
    }

    private static void runPendingAccess() {
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }
}
