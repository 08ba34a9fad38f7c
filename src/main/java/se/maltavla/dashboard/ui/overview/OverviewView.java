package se.maltavla.dashboard.ui.overview;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.maltavla.dashboard.ui.DashboardContext;
import se.maltavla.dashboard.ui.DashboardPage;
import se.maltavla.dashboard.ui.ExportWords;
import se.maltavla.dashboard.ui.FollowsSelection;
import se.maltavla.dashboard.ui.FulfilmentBar;
import se.maltavla.dashboard.ui.StatusBadge;
import se.maltavla.fulfilment.FulfilmentService;
import se.maltavla.fulfilment.PlanYearResults;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.fulfilment.ResultsBusyException;
import se.maltavla.fulfilment.Status;
import se.maltavla.shared.table.Cell;
import se.maltavla.shared.table.TableTarget;
import se.maltavla.shared.table.TableWriter;
import se.maltavla.shared.ui.CsvExport;
import se.maltavla.shared.ui.Formats;
import se.maltavla.shared.ui.MainLayout;
import se.maltavla.strategy.ElementType;
import se.maltavla.strategy.StrategyService;

/**
 * Översikt: a municipality's plan year at a glance. A card per priority area (per pillar for a
 * strategy without them) with fulfilment, status, reporting and the change since the previous
 * tertial; the overall figure and the goals' statuses; and what needs attention.
 */
@Route(value = "", layout = MainLayout.class)
@PermitAll
class OverviewView extends DashboardPage implements FollowsSelection {

    private final FulfilmentService fulfilment;

    OverviewView(DashboardContext context, FulfilmentService fulfilment, StrategyService strategies) {
        super("overview", "overview.title", context, strategies);
        this.fulfilment = fulfilment;
    }

    @Override
    protected void show(BeforeEnterEvent event) {
        PlanYearResults results = context.results();
        PlanYearResults previous = Tertials.previousEnd(context.year(), context.evaluationDate())
                .map(date -> previous(fulfilment, date))
                .orElse(null);
        OverviewFigures figures =
                new OverviewFigures(results, previous, fulfilment.guidelines(context.municipality(), context.year()));
        ExportWords words = ExportWords.of(this);
        top(getTranslation("overview.title"))
                .exports(fileStem(figures), out -> write(figures, words, out))
                .lead(results.strategyName())
                .bar(selection());
        add(summary(figures), cards(figures), new AttentionPanel(figures));
    }

    private PlanYearResults previous(FulfilmentService fulfilment, LocalDate date) {
        try {
            return fulfilment.results(context.municipality(), context.year(), date);
        } catch (ResultsBusyException e) {
            return null;
        }
    }

    private Component summary(OverviewFigures figures) {
        ResultRow municipality = figures.results().municipalityRow();
        Section section = new Section();
        section.setId("overall");
        section.add(new H2(getTranslation("overview.overall")));
        Div overall = new Div(
                new Span(getTranslation("overview.overall.figure")),
                new FulfilmentBar(municipality.fulfilmentPercent(), municipality.status()),
                new StatusBadge(municipality.status()));
        overall.addClassName("overall");
        section.add(
                overall,
                new Paragraph(reported(municipality) + " · "
                        + getTranslation(
                                "overview.evaluated",
                                Formats.date(figures.results().evaluationDate()))));

        Div distribution = new Div();
        distribution.setId("goal-statuses");
        distribution.addClassName("status-distribution");
        distribution.getElement().setAttribute("role", "list");
        distribution.getElement().setAttribute("aria-label", getTranslation("overview.statuses"));
        for (Map.Entry<Status, Long> entry : figures.goalStatuses().entrySet()) {
            Div item = new Div(
                    new StatusBadge(entry.getKey()),
                    new Span(getTranslation("overview.statuses.goals", entry.getValue())));
            item.getElement().setAttribute("role", "listitem");
            item.addClassName("status-count");
            distribution.add(item);
        }
        section.add(new H2(getTranslation("overview.statuses")), distribution);
        return section;
    }

    private Component cards(OverviewFigures figures) {
        Section section = new Section();
        section.setId("areas");
        String type = figures.cardType();
        section.add(
                new H2(getTranslation("overview.cards." + (type == null ? ElementType.PRIORITY_AREA.code() : type))));
        List<ResultRow> cards = figures.cards();
        if (cards.isEmpty()) {
            section.add(new Paragraph(getTranslation("overview.cards.none")));
            return section;
        }
        Div grid = new Div();
        grid.addClassName("cards");
        cards.forEach(card -> grid.add(card(card, figures)));
        section.add(grid);
        return section;
    }

    private Component card(ResultRow area, OverviewFigures figures) {
        Div card = new Div();
        card.addClassName("card");
        card.getElement().setAttribute("data-code", area.code());
        H3 title = new H3(new Anchor("omrade/" + area.subjectId(), area.name()));
        Span figure = new Span(Formats.percent(area.fulfilmentPercent(), getLocale()));
        figure.addClassName("figure");
        Span change = new Span(change(figures.change(area), figures.previous()));
        change.addClassName("muted");
        card.add(
                title,
                new Div(figure, new Span(" "), new StatusBadge(area.status())),
                new Span(reported(area)),
                change);
        return card;
    }

    private String change(BigDecimal points, PlanYearResults previous) {
        if (previous == null) {
            return getTranslation("overview.change.none");
        }
        String since = Formats.date(previous.evaluationDate());
        return points == null
                ? getTranslation("overview.change.unknown", since)
                : getTranslation(
                        "overview.change",
                        Formats.change(points, getLocale(), getTranslation("overview.change.unit")),
                        since);
    }

    private String reported(ResultRow row) {
        return getTranslation("overview.reported", row.indicatorsWithValue(), row.indicators());
    }

    private static String fileStem(OverviewFigures figures) {
        PlanYearResults results = figures.results();
        return CsvExport.stem(
                "oversikt",
                results.municipality(),
                String.valueOf(results.year()),
                results.evaluationDate().toString());
    }

    static void write(OverviewFigures figures, ExportWords words, TableTarget out) {
        PlanYearResults results = figures.results();
        try (TableWriter csv = out.open(List.of(
                "niva",
                "kommun",
                "ar",
                "datum",
                "kod",
                "namn",
                "typ",
                "uppfyllelse_procent",
                "status",
                "indikatorer",
                "indikatorer_med_varde",
                "forandring_procentenheter"))) {
            ResultRow municipality = results.municipalityRow();
            csv.row(
                    "kommun",
                    results.municipality(),
                    results.year(),
                    Cell.date(results.evaluationDate()),
                    municipality.code(),
                    municipality.name(),
                    null,
                    Cell.fraction(municipality.fulfilment(), municipality.fulfilmentPercent()),
                    words.status(municipality.status()),
                    municipality.indicators(),
                    municipality.indicatorsWithValue(),
                    figures.change(municipality));
            for (ResultRow card : figures.cards()) {
                csv.row(
                        "element",
                        results.municipality(),
                        results.year(),
                        Cell.date(results.evaluationDate()),
                        card.code(),
                        card.name(),
                        card.type(),
                        Cell.fraction(card.fulfilment(), card.fulfilmentPercent()),
                        words.status(card.status()),
                        card.indicators(),
                        card.indicatorsWithValue(),
                        figures.change(card));
            }
        }
    }
}
