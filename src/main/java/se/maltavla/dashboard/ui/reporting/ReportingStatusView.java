package se.maltavla.dashboard.ui.reporting;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import se.maltavla.dashboard.ui.DashboardContext;
import se.maltavla.dashboard.ui.DashboardPage;
import se.maltavla.dashboard.ui.FollowsSelection;
import se.maltavla.dataimport.CommitteeReporting;
import se.maltavla.dataimport.ReportingStatusService;
import se.maltavla.shared.ui.CsvExport;
import se.maltavla.shared.ui.HtmlTable;
import se.maltavla.shared.ui.MainLayout;
import se.maltavla.strategy.StrategyService;

/**
 * Rapporteringsläge: for the coordinator, each nämnd of the chosen municipality and plan year with
 * its latest file (when, by whom), whether values came for the latest period, the rejected rows
 * waiting, and its reporters. Coordinators only, here and in the service.
 */
@Route(value = "rapportering", layout = MainLayout.class)
@RolesAllowed("COORDINATOR")
class ReportingStatusView extends DashboardPage implements FollowsSelection {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final ReportingStatusService reporting;

    ReportingStatusView(DashboardContext context, ReportingStatusService reporting, StrategyService strategies) {
        super("reporting", "reporter.status.title", context, strategies);
        this.reporting = reporting;
    }

    @Override
    protected void show(BeforeEnterEvent event) {
        String municipality = context.municipality();
        int year = context.year();
        List<CommitteeReporting> rows = reporting.status(municipality, year);
        top(getTranslation("reporter.status.title"))
                .exports(
                        CsvExport.stem("rapportering", municipality, String.valueOf(year)),
                        out -> ReportingStatusCsv.write(rows, out))
                .lead(getTranslation("reporter.status.lead"))
                .bar(planYearSelection());
        Section section = new Section(new H2(getTranslation("reporter.status.export")));
        if (rows.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("reporter.status.empty"));
            empty.setId("reporting-empty");
            section.add(empty);
            add(section);
            return;
        }
        HtmlTable table = new HtmlTable(
                getTranslation("reporter.status.export") + " " + year,
                getTranslation("reporter.status.committee"),
                getTranslation("reporter.status.lastfile"),
                getTranslation("reporter.status.when"),
                getTranslation("reporter.status.by"),
                getTranslation("reporter.status.period"),
                getTranslation("reporter.status.reported"),
                getTranslation("reporter.status.rejected"),
                getTranslation("reporter.status.reporters"));
        table.setId("reporting-table");
        for (CommitteeReporting row : rows) {
            table.addRow(
                            new Span(row.committee()),
                            row.lastFile() == null ? getTranslation("reporter.status.nofile") : row.lastFile(),
                            row.lastFileAt() == null
                                    ? null
                                    : WHEN.format(row.lastFileAt().atZoneSameInstant(SWEDEN)),
                            row.lastFile() == null
                                    ? null
                                    : row.lastFileBy() == null
                                            ? getTranslation("reporter.status.inbox")
                                            : row.lastFileBy(),
                            row.latestPeriod() == null
                                    ? getTranslation("reporter.status.noperiod")
                                    : row.latestPeriod(),
                            reported(row),
                            String.valueOf(row.rejectedWaiting()),
                            row.reporters().isEmpty() ? null : String.join(", ", row.reporters()))
                    .getElement()
                    .setAttribute("data-committee", row.committee());
        }
        section.add(table);
        add(section);
    }

    private String reported(CommitteeReporting row) {
        if (row.indicators() == 0) {
            return getTranslation("reporter.status.reported.none");
        }
        return row.reportedLatest()
                ? getTranslation("reporter.status.reported.yes", row.reportedForLatest(), row.indicators())
                : getTranslation("reporter.status.reported.no", row.indicators());
    }
}
