package se.maltavla.yearend.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import se.maltavla.dashboard.Selection;
import se.maltavla.dashboard.ui.DashboardContext;
import se.maltavla.shared.municipality.SwedishMunicipalities;
import se.maltavla.shared.municipality.SwedishMunicipality;
import se.maltavla.shared.ui.MainLayout;
import se.maltavla.shared.ui.Page;
import se.maltavla.yearend.Snapshot;
import se.maltavla.yearend.YearEndException;
import se.maltavla.yearend.YearEndReports;
import se.maltavla.yearend.YearEndService;
import se.maltavla.yearend.YearEndState;
import se.maltavla.yearend.YearEndVersion;

/**
 * The written report on a page of the app (docs/year-end.md, "The written report on a page"):
 * {@code /arsbokslut/rapport/KOMMUN/ÅR[?version=N]}, the content of the PDF made from the same
 * snapshot (the version in force, the given one, or a draft of a year not locked) in the UI's
 * language, with the PDF to download and the ways to the presentation and the year-end page. What
 * the address names that does not exist gets the page frame's "missing" state, never an error.
 */
@Route(value = ReportView.ROUTE, layout = MainLayout.class)
@PermitAll
@StyleSheet("styles/year-end-report.css")
class ReportView extends Page implements BeforeEnterObserver {

    static final String ROUTE = "arsbokslut/rapport/:kommun/:ar";

    private final YearEndService yearEnd;
    private final YearEndReports reports;
    private final DashboardContext context;

    ReportView(YearEndService yearEnd, YearEndReports reports, DashboardContext context) {
        super("year-end-report-page");
        this.yearEnd = yearEnd;
        this.reports = reports;
        this.context = context;
    }

    /** The report's address: the version in force (or a draft) when {@code version} is null. */
    static String route(String municipality, int year, Integer version) {
        return "arsbokslut/rapport/" + municipality + "/" + year + (version == null ? "" : "?version=" + version);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String municipality = event.getRouteParameters().get("kommun").orElse("");
        String yearText = event.getRouteParameters().get("ar").orElse("");
        Optional<String> versionText = event.getLocation().getQueryParameters().getSingleParameter("version");
        if (!municipality.matches("\\d{1,4}")) {
            problem(getTranslation("yearend.unknown.municipality", shown(municipality)));
            return;
        }
        if (!yearText.matches("\\d{4}")) {
            problem(getTranslation("reportpage.error.year", shown(yearText)));
            return;
        }
        if (versionText.isPresent() && !versionText.get().matches("[1-9]\\d{0,5}")) {
            problem(getTranslation("reportpage.error.version", shown(versionText.get())));
            return;
        }
        int year = Integer.parseInt(yearText);
        Integer version = versionText.map(Integer::valueOf).orElse(null);
        Snapshot snapshot;
        YearEndState state;
        try {
            snapshot = yearEnd.forDocuments(municipality, year, version);
            state = yearEnd.state(municipality, year);
        } catch (YearEndException e) {
            problem(getTranslation(e.key(), e.args()));
            return;
        } catch (AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        follow(municipality, year);
        show(snapshot, state, version);
    }

    private void show(Snapshot snapshot, YearEndState state, Integer version) {
        YearEndReports.ReportPage report = reports.page(snapshot, getLocale());
        String place = SwedishMunicipalities.find(snapshot.municipality())
                .map(SwedishMunicipality::name)
                .orElseGet(() -> getTranslation("reportpage.municipality.code", snapshot.municipality()));
        top(report.title())
                .title(getTranslation(
                        snapshot.draft() ? "reportpage.browsertitle.draft" : "reportpage.browsertitle",
                        report.title(),
                        place,
                        snapshot.version()))
                .lead(state(snapshot));
        replaced(snapshot, state).ifPresent(this::add);
        Div tools = new Div(
                pdf(snapshot, version),
                link("report-slides", slidesRoute(snapshot, version), "reportpage.slides"),
                link("report-back", YearEndView.ROUTE, "reportpage.back"));
        tools.addClassName("year-end-toolbar");
        tools.setId("report-tools");
        Html content = new Html(report.html());
        content.setId("report-content");
        add(tools, content);
        WideTables.focusableWhenScrolled(content);
    }

    /** The state in words beside the symbol: locked (and which version), or a draft of a year not locked. */
    private Span state(Snapshot snapshot) {
        Span line = new Span();
        line.setId("report-state");
        line.addClassName("year-end-state");
        Icon icon = (snapshot.draft() ? VaadinIcon.UNLOCK : VaadinIcon.LOCK).create();
        icon.getElement().setAttribute("aria-hidden", "true");
        line.add(icon);
        if (snapshot.draft()) {
            line.addClassName("year-end-draft");
            line.add(new Span(getTranslation("reportpage.draft")));
        } else {
            line.addClassName("year-end-locked");
            line.add(new Span(getTranslation(
                    "yearend.state.locked",
                    Dates.day(snapshot.lockedAt()),
                    snapshot.version(),
                    snapshot.evaluationDate().toString())));
        }
        return line;
    }

    /** For a version reopened since: that it no longer holds, who reopened it, when and why, and the way to the one that does. */
    private Optional<Paragraph> replaced(Snapshot snapshot, YearEndState state) {
        Optional<YearEndVersion> shown = state.versions().stream()
                .filter(v -> v.version() == snapshot.version() && !v.inForce())
                .findFirst();
        if (snapshot.draft() || shown.isEmpty()) {
            return Optional.empty();
        }
        YearEndVersion v = shown.get();
        Paragraph notice = new Paragraph(getTranslation(
                "reportpage.replaced", v.version(), Dates.day(v.reopenedAt()), v.reopenedBy(), v.reopenReason()));
        notice.setId("report-replaced");
        notice.addClassName("report-replaced");
        notice.add(new Text(" "));
        Anchor current = new Anchor(
                route(snapshot.municipality(), snapshot.year(), null),
                state.lockedVersion()
                        .map(in -> getTranslation("reportpage.replaced.current", in.version()))
                        .orElseGet(() -> getTranslation("reportpage.replaced.draft")));
        current.setId("report-current");
        notice.add(current);
        return Optional.of(notice);
    }

    private Anchor pdf(Snapshot snapshot, Integer version) {
        String fileName = YearEndReports.fileName(snapshot);
        String municipality = snapshot.municipality();
        int year = snapshot.year();
        // A locked version's PDF is of the very snapshot shown; a draft's is made anew at the click.
        Integer fixed = snapshot.draft() ? version : Integer.valueOf(snapshot.version());
        Locale language = getLocale();
        DownloadHandler handler = event -> {
            Snapshot current = yearEnd.forDocuments(municipality, year, fixed);
            event.setFileName(fileName);
            event.setContentType("application/pdf");
            reports.pdf(current, language, event.getOutputStream());
        };
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("reportpage.pdf")));
        anchor.getElement().setAttribute("title", getTranslation("reportpage.pdf.title", fileName));
        anchor.setId("report-pdf");
        anchor.addClassName("export-link");
        return anchor;
    }

    private static String slidesRoute(Snapshot snapshot, Integer version) {
        String route = DocumentsSection.slidesRoute(snapshot.municipality(), snapshot.year());
        return version == null ? route : route + "?version=" + version;
    }

    private Anchor link(String id, String route, String key) {
        Anchor anchor = new Anchor(route, getTranslation(key));
        anchor.setId(id);
        return anchor;
    }

    /**
     * The dashboard's choice follows the report shown, so that the way back to the year-end page
     * (which shows the chosen municipality and plan year) leads to this report's.
     */
    private void follow(String municipality, int year) {
        Optional<Selection> chosen = context.selection();
        if (chosen.isPresent()
                && (!chosen.get().municipality().equals(municipality)
                        || chosen.get().year() != year)) {
            context.select(new Selection(municipality, year, null));
        }
    }

    /** What the address said, as typed, cut when long: the page repeats it, not a whole pasted text. */
    private static String shown(String typed) {
        return typed.length() <= 40 ? typed : typed.substring(0, 40) + "…";
    }

    private void problem(String message) {
        top(getTranslation("reportpage.error.title"));
        Anchor back = new Anchor(YearEndView.ROUTE, getTranslation("reportpage.back"));
        back.setId("report-back");
        missing(message, back).setId("report-problem");
    }
}
