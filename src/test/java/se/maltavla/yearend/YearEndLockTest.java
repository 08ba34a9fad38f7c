package se.maltavla.yearend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import se.maltavla.dataimport.FileResult;
import se.maltavla.dataimport.ImportRunResult;
import se.maltavla.fulfilment.FulfilmentService;
import se.maltavla.fulfilment.Level;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.fulfilment.Status;
import se.maltavla.fulfilment.Thresholds;
import se.maltavla.support.ImportTestBase;

/**
 * Locking a plan year (issue 11, section 2): the snapshot never changes, later imports into the
 * locked year are rejected row by row with the reason, the figures come from the snapshot,
 * reopening and locking again gives version 2 and the difference between the versions; only
 * coordinators lock and reopen.
 */
@WithMockUser(username = "koordinatorn", roles = "COORDINATOR")
class YearEndLockTest extends ImportTestBase {

    private static final LocalDate YEAR_END = LocalDate.of(2016, 12, 31);

    @Autowired
    YearEndService yearEnd;

    @Autowired
    FulfilmentService fulfilment;

    private ResultRow row(Level level, String code) {
        return fulfilment.results("1081", 2016, YEAR_END).rows(level).stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private void importValues(String... rows) {
        String[] lines = new String[rows.length + 1];
        lines[0] = UTFALL_HEADER;
        System.arraycopy(rows, 0, lines, 1, rows.length);
        inbox.write("utfall.csv", lines);
        run();
    }

    @Test
    void a_locked_year_keeps_its_figures_whatever_is_imported_recomputed_or_set_later() {
        importStrategyAndPlan();
        importValues("1081;I1;2016;5", "1081;I2;2016;nej");
        assertThat(row(Level.MAL, "M1").fulfilmentPercent()).isEqualByComparingTo("25");

        YearEndVersion locked = yearEnd.lock("1081", 2016, null);

        assertThat(locked.version()).isEqualTo(1);
        assertThat(locked.evaluationDate()).isEqualTo(YEAR_END);
        assertThat(locked.lockedBy()).isEqualTo("koordinatorn");
        assertThat(yearEnd.state("1081", 2016).locked()).isTrue();

        inbox.write("utfall-sen.csv", UTFALL_HEADER, "1081;I1;2016;10", "1081;I1;2016-T3;9", "1081;I2;2016;ja");
        ImportRunResult late = run();
        fulfilment.updateThresholds("1081", new Thresholds(new BigDecimal("20"), new BigDecimal("10")));
        fulfilment.recomputeChanged();

        FileResult file = file(late, "utfall-sen.csv");
        assertThat(file.rowsRejected()).isEqualTo(3);
        assertThat(file.firstRejections().getFirst().reason())
                .isEqualTo("Planår 2016 för Ronneby är fastställt sedan " + swedishDate(locked)
                        + "; be koordinatorn öppna det om värdet ska ändras.");
        assertThat(file.firstRejections().getFirst().column()).isEqualTo("period");
        assertThat(late.exitStatus()).isEqualTo(2);
        assertThat(measuredNumber("I1", "2016"))
                .as("nothing of the locked year changed")
                .isEqualByComparingTo("5");
        assertThat(measuredNumber("I1", "2016-T3")).isNull();
        ResultRow goal = row(Level.MAL, "M1");
        assertThat(goal.fulfilmentPercent()).as("from the snapshot").isEqualByComparingTo("25");
        assertThat(goal.status()).as("at the thresholds in force when locked").isEqualTo(Status.EJ_UPPFYLLT);

        StringWriter export = new StringWriter();
        fulfilment.exportResults("1081", 2016, YEAR_END, export);
        assertThat(export.toString()).contains("mal;1081;2016;M1;Fler EU-projekt;;25,0;ej_uppfyllt");
    }

    @Test
    void every_kind_of_file_is_rejected_row_by_row_for_a_locked_year_and_other_years_go_on() {
        importStrategyAndPlan();
        YearEndVersion locked = yearEnd.lock("1081", 2016, null);
        String reason = "Planår 2016 för Ronneby är fastställt sedan " + swedishDate(locked)
                + "; be koordinatorn öppna det om värdet ska ändras.";

        inbox.write(
                "handlingsplan.csv",
                PLAN_HEADER,
                "1081;Kommunstyrelsen;2016;M1;Ny text;I1;Antal projekt;tal;oka;0;20;PO1;",
                "1081;Kommunstyrelsen;2017;M7;Nytt mål;I7;Antal;tal;oka;0;10;PO1;");
        inbox.write("berattelse.csv", "kommun;ar;kod;text", "1081;2016;PO1;Ny text", "1081;2017;PO1;Text 2017");
        inbox.write(
                "aktiviteter.csv",
                "kommun;aktivitet_kod;typ;namn;startdatum",
                "1081;A1;projekt;Projekt;2016-03-01",
                "1081;A2;projekt;Projekt 2017;2017-03-01");
        inbox.write("utfall.csv", UTFALL_HEADER, "1081;I1;2016;4", "1081;I7;2017;4");
        ImportRunResult result = run();

        for (String name : new String[] {"handlingsplan.csv", "berattelse.csv", "aktiviteter.csv", "utfall.csv"}) {
            FileResult file = file(result, name);
            assertThat(file.rowsRejected()).as(name).isEqualTo(1);
            assertThat(file.rowsNew()).as(name).isEqualTo(1);
            assertThat(file.firstRejections().getFirst().reason()).as(name).isEqualTo(reason);
            assertThat(file.firstRejections().getFirst().line()).as(name).isEqualTo(2);
        }
        assertThat(db.fetchValue("select text from goal where code = 'M1'")).isEqualTo("Fler EU-projekt");
        assertThat(measuredNumber("I7", "2017")).isEqualByComparingTo("4");
    }

    @Test
    void reopening_and_locking_again_gives_version_2_and_the_difference_between_the_versions() {
        importStrategyAndPlan();
        importValues("1081;I1;2016;5", "1081;I2;2016;nej");
        yearEnd.lock("1081", 2016, null);

        YearEndVersion reopened = yearEnd.reopen("1081", 2016, "Utbildningsnämndens värde för I1 var fel");
        importValues("1081;I1;2016;10", "1081;I2;2016;ja");
        YearEndVersion second = yearEnd.lock("1081", 2016, null);

        assertThat(reopened.version()).isEqualTo(1);
        assertThat(reopened.reopenReason()).isEqualTo("Utbildningsnämndens värde för I1 var fel");
        assertThat(reopened.reopenedBy()).isEqualTo("koordinatorn");
        assertThat(second.version()).isEqualTo(2);
        assertThat(yearEnd.state("1081", 2016).versions())
                .extracting(YearEndVersion::version, YearEndVersion::inForce)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, true), org.assertj.core.groups.Tuple.tuple(1, false));
        assertThat(yearEnd.snapshot("1081", 2016, 1)
                        .orElseThrow()
                        .results()
                        .rows(Level.MAL)
                        .getFirst()
                        .fulfilmentPercent())
                .as("version 1 as it was")
                .isEqualByComparingTo("25");

        VersionDifference difference = yearEnd.difference("1081", 2016, 1, 2);

        assertThat(difference.changes())
                .extracting(
                        VersionDifference.Change::level,
                        VersionDifference.Change::code,
                        c -> c.fromPercent().toPlainString(),
                        VersionDifference.Change::fromStatus,
                        c -> c.toPercent().toPlainString(),
                        VersionDifference.Change::toStatus)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                Level.MAL, "M1", "25.0", Status.EJ_UPPFYLLT, "100.0", Status.UPPFYLLT),
                        org.assertj.core.groups.Tuple.tuple(
                                Level.NAMND, "Kommunstyrelsen", "25.0", Status.EJ_UPPFYLLT, "100.0", Status.UPPFYLLT));
    }

    @Test
    void what_cannot_be_done_says_why() {
        importStrategyAndPlan();

        assertThatThrownBy(() -> yearEnd.lock("9999", 2016, null)).hasMessage("yearend.unknown.municipality");
        assertThatThrownBy(() -> yearEnd.lock("1081", 2015, null)).hasMessage("yearend.unknown.year");
        assertThatThrownBy(() -> yearEnd.lock("1081", 2016, LocalDate.of(2015, 12, 31)))
                .hasMessage("yearend.date.beforeyear");
        assertThatThrownBy(() -> yearEnd.reopen("1081", 2016, "x")).hasMessage("yearend.notlocked");
        yearEnd.lock("1081", 2016, null);
        assertThatThrownBy(() -> yearEnd.lock("1081", 2016, null)).hasMessage("yearend.alreadylocked");
        assertThatThrownBy(() -> yearEnd.reopen("1081", 2016, "  ")).hasMessage("yearend.reason.missing");
        assertThatThrownBy(() -> yearEnd.reopen("1081", 2016, "x".repeat(2001))).hasMessage("yearend.reason.toolong");
    }

    @Test
    void a_locked_year_stays_as_it_was_whatever_a_viewer_or_someone_not_signed_in_asks_the_service() {
        importStrategyAndPlan();
        YearEndVersion locked = yearEnd.lock("1081", 2016, null);
        SecurityContext coordinator = SecurityContextHolder.getContext();
        try {
            SecurityContext viewer = SecurityContextHolder.createEmptyContext();
            viewer.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "lasare", null, AuthorityUtils.createAuthorityList("ROLE_VIEWER")));
            SecurityContextHolder.setContext(viewer);
            assertThatThrownBy(() -> yearEnd.reopen("1081", 2016, "Jag vill ändra ett värde."))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> yearEnd.lock("1081", 2016, LocalDate.of(2016, 8, 31)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(yearEnd.state("1081", 2016).versions())
                    .as("a viewer reads the state")
                    .containsExactly(locked);

            SecurityContextHolder.clearContext();
            assertThatThrownBy(() -> yearEnd.reopen("1081", 2016, "Jag vill ändra ett värde."))
                    .isInstanceOf(AuthenticationException.class);
            assertThatThrownBy(() -> yearEnd.lock("1081", 2017, null)).isInstanceOf(AuthenticationException.class);
        } finally {
            SecurityContextHolder.setContext(coordinator);
        }
        YearEndState state = yearEnd.state("1081", 2016);
        assertThat(state.locked()).isTrue();
        assertThat(state.versions()).containsExactly(locked);
    }

    @Test
    @WithMockUser(username = "lasare", roles = "VIEWER")
    void a_viewer_can_neither_lock_nor_reopen() {
        assertThatThrownBy(() -> yearEnd.lock("1081", 2016, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> yearEnd.reopen("1081", 2016, "x")).isInstanceOf(AccessDeniedException.class);
    }

    /** The day of the lock as a Swedish municipality names it: in Swedish time, whatever the JVM's zone (CI runs in UTC). */
    private static LocalDate swedishDate(YearEndVersion locked) {
        return locked.lockedAt()
                .atZoneSameInstant(java.time.ZoneId.of("Europe/Stockholm"))
                .toLocalDate();
    }
}
