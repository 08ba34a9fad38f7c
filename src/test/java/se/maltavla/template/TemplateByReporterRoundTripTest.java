package se.maltavla.template;

import static org.assertj.core.api.Assertions.assertThat;
import static se.maltavla.support.SignedIn.as;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import se.maltavla.audit.AuditEntry;
import se.maltavla.audit.AuditFilter;
import se.maltavla.audit.AuditLog;
import se.maltavla.dataimport.FileResult;
import se.maltavla.dataimport.FileStatus;
import se.maltavla.dataimport.ImportProgress;
import se.maltavla.dataimport.ImportRunResult;
import se.maltavla.dataimport.Rejection;
import se.maltavla.fulfilment.FulfilmentService;
import se.maltavla.fulfilment.Level;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.security.ReporterBinding;
import se.maltavla.security.Role;
import se.maltavla.security.UserService;
import se.maltavla.security.internal.UserRepository;
import se.maltavla.shared.i18n.Messages;
import se.maltavla.support.ImportTestBase;

/**
 * Issue 12's round trip, through the services the dashboard calls: a coordinator makes Rut the
 * reporter of Ronneby's Kommunstyrelsen and downloads its utfall template; Rut fills in the value
 * cells as a person does (POI, only the open cells), uploads the workbook as it is and presses
 * "Importera nu"; the figures change, the one bad cell is rejected naming sheet, row and column,
 * and the audit log shows who did all of it.
 */
class TemplateByReporterRoundTripTest extends ImportTestBase {

    private static final Path CONFIGURED_INBOX = temporaryFolder();

    @DynamicPropertySource
    static void inbox(DynamicPropertyRegistry registry) {
        registry.add("maltavla.import.inbox", CONFIGURED_INBOX::toString);
    }

    @Autowired
    UserRepository repository;

    @Autowired
    UserService users;

    @Autowired
    TemplateService templates;

    @Autowired
    FulfilmentService fulfilment;

    @Autowired
    AuditLog audit;

    @BeforeEach
    void planAndCoordinator() throws IOException {
        FileSystemUtils.deleteRecursively(CONFIGURED_INBOX);
        Files.createDirectories(CONFIGURED_INBOX);
        repository.insert("koordinator", "{noop}unused-password", Role.COORDINATOR);
        importStrategyAndPlan();
        inbox.write("utfall-t1.csv", UTFALL_HEADER, "1081;I1;2016-T1;3");
        assertThat(run().exitStatus()).isZero();
    }

    @Test
    void a_template_filled_in_and_uploaded_by_the_namnds_reporter_changes_the_figures_and_the_log_shows_it_all()
            throws Exception {
        byte[] template = as("koordinator", Role.COORDINATOR, () -> {
            users.createReporter("Rut", "ruts-lösenord-123", new ReporterBinding("1081", List.of("Kommunstyrelsen")));
            return templates
                    .workbook(TemplateKind.UTFALL, "1081", 2016, "Kommunstyrelsen", Messages.SWEDISH)
                    .content();
        });
        String before = goal("M1");

        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            XSSFSheet sheet = workbook.getSheet("utfall");
            assertThat(sheet.getRow(0).getCell(10).getStringCellValue()).isEqualTo("varde");
            // Rows 2–4 are I1's tertials (T1 already reported), row 5 I2's year; column K is varde.
            assertThat(sheet.getRow(2).getCell(9).getStringCellValue()).isEqualTo("2016-T2");
            sheet.getRow(2)
                    .getCell(10, org.apache.poi.ss.usermodel.Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)
                    .setCellValue(8);
            sheet.getRow(3)
                    .getCell(10, org.apache.poi.ss.usermodel.Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)
                    .setCellValue("sju");
            sheet.getRow(4)
                    .getCell(10, org.apache.poi.ss.usermodel.Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)
                    .setCellValue("ja");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            filled = out.toByteArray();
        }

        as(
                "Rut",
                Role.REPORTER,
                () -> imports.upload("utfall-2016-Ronneby-Kommunstyrelsen.xlsx", new ByteArrayInputStream(filled)));
        ImportRunResult result = as(
                        "Rut", Role.REPORTER, () -> imports.startInboxRun(Messages.SWEDISH, ImportProgress.NONE))
                .get(60, TimeUnit.SECONDS);

        assertThat(result.exitStatus()).as(result.toString()).isEqualTo(ImportRunResult.REJECTIONS);
        FileResult file = result.files().getFirst();
        assertThat(file.status()).isEqualTo(FileStatus.IMPORTED);
        assertThat(file.kind()).isEqualTo("utfall");
        assertThat(file.rowsNew()).as("I1's second tertial and I2").isEqualTo(2);
        assertThat(file.rowsRejected()).isEqualTo(1);
        List<Rejection> rejected = as("Rut", Role.REPORTER, () -> imports.rejections(file.fileId(), "", 0, 10));
        assertThat(rejected).hasSize(1);
        Rejection rejection = rejected.getFirst();
        assertThat(rejection.line()).as("the row Excel shows").isEqualTo(4);
        assertThat(rejection.column()).contains("utfall").contains("kolumn K");
        assertThat(rejection.value()).isEqualTo("sju");
        assertThat(goal("M1")).as("the goal's figure moved with the new values").isNotEqualTo(before);

        List<AuditEntry> log = as("koordinator", Role.COORDINATOR, () -> audit.entries(AuditFilter.ALL, 0, 50));
        assertThat(log)
                .extracting(AuditEntry::actor, AuditEntry::kind, AuditEntry::subject)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("koordinator", "user.created", "Rut"),
                        org.assertj.core.groups.Tuple.tuple("koordinator", "user.binding", "Rut"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Rut", "file.uploaded", "utfall-2016-Ronneby-Kommunstyrelsen.xlsx"));
        assertThat(log)
                .as("Rut's run (the test's own setup runs are the command line's)")
                .filteredOn(e -> e.kind().equals("import.started") && e.actor().equals("Rut"))
                .hasSize(1)
                .allSatisfy(e -> assertThat(e.after()).contains("utfall-2016-Ronneby-Kommunstyrelsen.xlsx"));
    }

    /** The goal's figure and status at the year's end, as the dashboard shows them. */
    private String goal(String code) {
        ResultRow goal = fulfilment.results("1081", 2016, LocalDate.of(2016, 12, 31)).rows(Level.MAL).stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow();
        return goal.fulfilment() + " " + goal.status();
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("maltavla-template-round-trip");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
