package se.maltavla.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.maltavla.db.Tables.AUDIT_ENTRY;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.maltavla.audit.AuditFilter;
import se.maltavla.audit.AuditKind;
import se.maltavla.audit.AuditLog;
import se.maltavla.shared.ui.CsvExport;
import se.maltavla.support.UiTest;

/** Händelselogg as a coordinator sees it (browserless): newest first, a page at a time, filtered, exported; closed to viewers. */
class AuditLogViewTest extends UiTest {

    @Autowired
    DSLContext db;

    @Autowired
    AuditLog log;

    @BeforeEach
    void emptyLog() {
        db.deleteFrom(AUDIT_ENTRY).execute();
    }

    private void entry(String when, String actor, String origin, AuditKind kind, String subject, String after) {
        db.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.OCCURRED_AT, OffsetDateTime.ofInstant(Instant.parse(when), ZoneOffset.UTC))
                .set(AUDIT_ENTRY.ACTOR, actor)
                .set(AUDIT_ENTRY.ORIGIN, origin)
                .set(AUDIT_ENTRY.KIND, kind.code())
                .set(AUDIT_ENTRY.SUBJECT, subject)
                .set(AUDIT_ENTRY.AFTER_VALUE, after)
                .execute();
    }

    private void threeEntries() {
        entry(
                "2026-03-01T09:00:00Z",
                "anna",
                "10.0.0.7",
                AuditKind.USER_ROLE_CHANGED,
                "bertil",
                "{\"roll\":\"coordinator\"}");
        entry("2026-03-05T09:00:00Z", "Bertil", "10.0.0.8", AuditKind.THRESHOLDS_CHANGED, "Ronneby (1081)", "{}");
        // 00:30 on 1 April in Swedish time, 31 March in UTC
        entry(
                "2026-03-31T22:30:00Z",
                "anna",
                "kommandorad:jobs/reset-password",
                AuditKind.PASSWORD_RESET,
                "cecilia",
                "{}");
    }

    private List<NativeTableRow> rows() {
        var bodies = $(NativeTableBody.class)
                .from($(Div.class).withId("audit-entries").single())
                .all();
        return bodies.isEmpty()
                ? List.of()
                : $(NativeTableRow.class).from(bodies.getFirst()).all();
    }

    private String position() {
        return $(Paragraph.class).withId("audit-position").single().getText();
    }

    private static String text(NativeTableRow row) {
        return row.getElement().getTextRecursively();
    }

    @Test
    @WithMockUser(
            username = "koordinator",
            roles = {"COORDINATOR", "VIEWER"})
    void a_coordinator_sees_the_newest_entries_first_fifty_at_a_time() {
        for (int i = 0; i < 120; i++) {
            entry(
                    Instant.parse("2026-06-01T10:00:00Z").minusSeconds(60L * i).toString(),
                    "anna",
                    "10.0.0.7",
                    AuditKind.FILE_UPLOADED,
                    "utfall-" + i + ".csv",
                    "{}");
        }
        navigate(AuditLogView.class);

        assertThat(position()).isEqualTo("Händelse 1–50 av 120");
        assertThat(rows()).hasSize(50);
        assertThat(text(rows().getFirst()))
                .startsWith("2026-06-01 12:00:00") // Swedish summer time
                .contains("anna", "10.0.0.7", "Fil uppladdad", "utfall-0.csv");
        assertThat($(Button.class).withId("audit-previous").single().isEnabled())
                .isFalse();

        test($(Button.class).withId("audit-next").single()).click();
        assertThat(position()).isEqualTo("Händelse 51–100 av 120");
        assertThat(text(rows().getFirst())).contains("utfall-50.csv");
        test($(Button.class).withId("audit-next").single()).click();
        assertThat(position()).isEqualTo("Händelse 101–120 av 120");
        assertThat(rows()).hasSize(20);
        assertThat($(Button.class).withId("audit-next").single().isEnabled()).isFalse();
        test($(Button.class).withId("audit-previous").single()).click();
        assertThat(position()).isEqualTo("Händelse 51–100 av 120");
    }

    @Test
    @WithMockUser(
            username = "koordinator",
            roles = {"COORDINATOR", "VIEWER"})
    @SuppressWarnings("unchecked")
    void filters_by_kind_user_and_days_in_swedish_time() {
        threeEntries();
        navigate(AuditLogView.class);
        assertThat(position()).isEqualTo("Händelse 1–3 av 3");

        test((Select<AuditKind>) $(Select.class).withId("audit-kind").single())
                .selectItem("Gränser för status ändrade");
        assertThat(position()).isEqualTo("Händelse 1–1 av 1");
        assertThat(text(rows().getFirst())).contains("Bertil", "Ronneby (1081)");
        ((Select<AuditKind>) $(Select.class).withId("audit-kind").single()).clear();

        test($(TextField.class).withId("audit-user").single()).setValue("ANN");
        assertThat(position()).isEqualTo("Händelse 1–2 av 2");
        assertThat(text(rows().getFirst())).contains("kommandorad (jobs/reset-password)", "Nytt lösenord satt");
        test($(TextField.class).withId("audit-user").single()).setValue("");

        $(DatePicker.class).withId("audit-from").single().setValue(LocalDate.of(2026, 3, 2));
        $(DatePicker.class).withId("audit-to").single().setValue(LocalDate.of(2026, 3, 31));
        assertThat(position()).isEqualTo("Händelse 1–1 av 1");
        assertThat(text(rows().getFirst())).contains("Bertil");

        test($(TextField.class).withId("audit-user").single()).setValue("nobody");
        assertThat(position()).isEqualTo("Inga händelser matchar urvalet.");
        assertThat(rows()).isEmpty();
    }

    @Test
    @WithMockUser(
            username = "koordinator",
            roles = {"COORDINATOR", "VIEWER"})
    void speaks_english_when_chosen() {
        threeEntries();
        UI.getCurrent().getSession().setLocale(Locale.ENGLISH);
        AuditLogView view = navigate(AuditLogView.class);

        assertThat(view.getPageTitle()).isEqualTo("Audit log – Måltavla");
        assertThat(position()).isEqualTo("Events 1–3 of 3");
        assertThat(text(rows().getFirst())).contains("command line (jobs/reset-password)", "New password set");
    }

    @Test
    @WithMockUser(
            username = "koordinator",
            roles = {"COORDINATOR", "VIEWER"})
    void exports_what_the_filter_selects_in_the_export_dialect() {
        threeEntries();
        navigate(AuditLogView.class);
        assertThat($(CsvExport.class).all()).hasSize(1);
        assertThat($(se.maltavla.shared.ui.ExcelExport.class).all())
                .as("and as a workbook")
                .hasSize(1);

        StringWriter out = new StringWriter();
        AuditCsv.write(log, new AuditFilter(null, null, "anna", null), out);

        assertThat(out.toString().lines().toList())
                .containsExactly(
                        "\uFEFFtidpunkt;anvandare;varifran;handelse;galler;fore;efter",
                        "2026-04-01 00:30:00;anna;kommandorad:jobs/reset-password;user.password.reset;cecilia;;{}",
                        "2026-03-01 10:00:00;anna;10.0.0.7;user.role;bertil;;\"{\"\"roll\"\":\"\"coordinator\"\"}\"");
    }

    @Test
    @WithMockUser(username = "vera", roles = "VIEWER")
    void a_viewer_neither_opens_the_log_nor_has_it_in_the_menu() {
        threeEntries();
        UI.getCurrent().navigate("handelselogg");

        assertThat(getCurrentView()).isNotInstanceOf(AuditLogView.class);
        assertThat($(Paragraph.class).all()).noneMatch(p -> p.getText().contains("bertil"));
        assertThat($(SideNavItem.class).withId("nav-handelselogg").exists()).isFalse();
    }

    @Test
    @WithMockUser(
            username = "koordinator",
            roles = {"COORDINATOR", "VIEWER"})
    void a_coordinator_has_the_log_in_the_menu() {
        navigate(AuditLogView.class);

        assertThat($(SideNavItem.class).withId("nav-handelselogg").single().getPath())
                .isEqualTo("handelselogg");
    }
}
