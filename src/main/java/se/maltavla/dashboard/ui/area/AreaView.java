package se.maltavla.dashboard.ui.area;

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
import java.util.List;
import se.maltavla.actionplan.ActionPlanService;
import se.maltavla.actionplan.Narrative;
import se.maltavla.dashboard.ui.DashboardContext;
import se.maltavla.dashboard.ui.DashboardPage;
import se.maltavla.dashboard.ui.ExportWords;
import se.maltavla.dashboard.ui.FulfilmentBar;
import se.maltavla.dashboard.ui.StatusBadge;
import se.maltavla.fulfilment.PlanYearResults;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.shared.table.Cell;
import se.maltavla.shared.table.TableTarget;
import se.maltavla.shared.table.TableWriter;
import se.maltavla.shared.ui.CsvExport;
import se.maltavla.shared.ui.DataTable;
import se.maltavla.shared.ui.MainLayout;
import se.maltavla.strategy.StrategyService;

/**
 * One strategy element, usually a priority area: its fulfilment, the goals that contribute with
 * their nämnd and status, its links (council goals, Europa 2020, EUSBSR, the regional strategy)
 * each with its own fulfilment, and the qualitative texts about it.
 */
@Route(value = "omrade/:id", layout = MainLayout.class)
@PermitAll
class AreaView extends DashboardPage {

    private final StrategyService strategies;
    private final ActionPlanService plans;

    AreaView(DashboardContext context, StrategyService strategies, ActionPlanService plans) {
        super("area", "area.notfound.title", context, strategies);
        this.strategies = strategies;
        this.plans = plans;
    }

    @Override
    protected void show(BeforeEnterEvent event) {
        PlanYearResults results = context.results();
        var figures = event.getRouteParameters()
                .getLong("id")
                .flatMap(id -> AreaFigures.of(
                        id,
                        strategies.strategies(context.municipality()),
                        results,
                        plans.narratives(context.municipality(), context.year())));
        if (figures.isEmpty()) {
            top(getTranslation("area.notfound.title")).bar(selection());
            missing(
                    getTranslation("area.notfound", context.municipalityName(), context.year()),
                    new Anchor("", getTranslation("area.back")));
            return;
        }
        show(figures.get(), results);
    }

    private void show(AreaFigures figures, PlanYearResults results) {
        ResultRow row = figures.row();
        top(row.name())
                .exports(fileStem(figures, results), out -> write(figures, results, ExportWords.of(this), out))
                .lead(typeName(
                                figures.element().type().code(),
                                figures.element().group()) + " · " + row.code())
                .bar(selection());
        Div figure = new Div(
                new FulfilmentBar(row.fulfilmentPercent(), row.status()),
                new StatusBadge(row.status()),
                new Span(getTranslation("area.reported", row.indicatorsWithValue(), row.indicators())));
        figure.addClassName("overall");
        figure.setId("area-figure");
        add(figure);
        if (figures.element().description() != null) {
            Paragraph description = new Paragraph(figures.element().description());
            description.addClassName("description");
            add(description);
        }
        add(goals(figures), links(figures), texts(figures.texts()));
    }

    private Component goals(AreaFigures figures) {
        Section section =
                new Section(new H2(getTranslation("area.goals", figures.goals().size())));
        section.setId("area-goals");
        if (figures.goals().isEmpty()) {
            section.add(new Paragraph(getTranslation("area.goals.none")));
            return section;
        }
        DataTable<ResultRow> table = new DataTable<ResultRow>(
                        getTranslation("area.goals", figures.goals().size()))
                .component(
                        getTranslation("area.goal"), g -> new Anchor("mal/" + g.subjectId(), g.code() + " " + g.name()))
                .text(getTranslation("area.committee"), figures::committee)
                .component(getTranslation("area.status"), g -> new StatusBadge(g.status()))
                .component(getTranslation("area.fulfilment"), g -> new FulfilmentBar(g.fulfilmentPercent(), g.status()))
                .number(getTranslation("area.indicators"), g -> g.indicatorsWithValue() + " / " + g.indicators())
                .items(figures.goals());
        section.add(table);
        return section;
    }

    private Component links(AreaFigures figures) {
        Section section = new Section(new H2(getTranslation("area.links")));
        section.setId("area-links");
        section.add(linkList("area.links.to", figures.linksTo()), linkList("area.links.from", figures.linkedFrom()));
        return section;
    }

    private Component linkList(String key, List<AreaFigures.Linked> linked) {
        Div block = new Div(new H3(getTranslation(key)));
        if (linked.isEmpty()) {
            block.add(new Paragraph(getTranslation("area.links.none")));
            return block;
        }
        DataTable<AreaFigures.Linked> table = new DataTable<AreaFigures.Linked>(getTranslation(key))
                .component(
                        getTranslation("area.element"),
                        l -> new Anchor(
                                "omrade/" + l.element().id(), l.element().name()))
                .text(
                        getTranslation("area.type"),
                        l -> typeName(l.element().type().code(), l.element().group()))
                .component(
                        getTranslation("area.status"),
                        l -> l.row() == null
                                ? new Span("–")
                                : new StatusBadge(l.row().status()))
                .component(
                        getTranslation("area.fulfilment"),
                        l -> l.row() == null
                                ? new Span("–")
                                : new FulfilmentBar(
                                        l.row().fulfilmentPercent(), l.row().status()))
                .items(linked);
        block.add(table);
        return block;
    }

    private Component texts(List<Narrative> texts) {
        Section section = new Section(new H2(getTranslation("area.texts")));
        section.setId("area-texts");
        if (texts.isEmpty()) {
            section.add(new Paragraph(getTranslation("area.texts.none")));
        }
        for (Narrative text : texts) {
            Div block = new Div();
            block.addClassName("narrative");
            String who = text.committee() == null ? getTranslation("area.texts.municipality") : text.committee();
            Paragraph source = new Paragraph(who
                    + (text.source() == null
                            ? ""
                            : " · "
                                    + getTranslation(
                                            "area.source",
                                            text.source().fileName(),
                                            text.source().line())));
            source.addClassName("muted");
            block.add(new Paragraph(text.text()), source);
            section.add(block);
        }
        return section;
    }

    private String typeName(String type, String group) {
        String name = getTranslation("element.type." + type);
        return group == null ? name : name + " (" + group + ")";
    }

    private static String fileStem(AreaFigures figures, PlanYearResults results) {
        return CsvExport.stem(
                "omrade",
                figures.row().code(),
                results.municipality(),
                String.valueOf(results.year()),
                results.evaluationDate().toString());
    }

    private static void write(AreaFigures figures, PlanYearResults results, ExportWords words, TableTarget out) {
        try (TableWriter csv = out.open(List.of(
                "relation",
                "kommun",
                "ar",
                "datum",
                "kod",
                "namn",
                "namnd",
                "uppfyllelse_procent",
                "status",
                "indikatorer",
                "indikatorer_med_varde"))) {
            Object date = Cell.date(results.evaluationDate());
            ResultRow row = figures.row();
            csv.row(
                    "element",
                    results.municipality(),
                    results.year(),
                    date,
                    row.code(),
                    row.name(),
                    null,
                    Cell.fraction(row.fulfilment(), row.fulfilmentPercent()),
                    words.status(row.status()),
                    row.indicators(),
                    row.indicatorsWithValue());
            for (ResultRow goal : figures.goals()) {
                csv.row(
                        "bidragande_mal",
                        results.municipality(),
                        results.year(),
                        date,
                        goal.code(),
                        goal.name(),
                        figures.committee(goal),
                        Cell.fraction(goal.fulfilment(), goal.fulfilmentPercent()),
                        words.status(goal.status()),
                        goal.indicators(),
                        goal.indicatorsWithValue());
            }
            writeLinks(csv, "kopplar_till", figures.linksTo(), results, date, words);
            writeLinks(csv, "kopplas_fran", figures.linkedFrom(), results, date, words);
        }
    }

    private static void writeLinks(
            TableWriter csv,
            String relation,
            List<AreaFigures.Linked> linked,
            PlanYearResults results,
            Object date,
            ExportWords words) {
        for (AreaFigures.Linked l : linked) {
            ResultRow r = l.row();
            csv.row(
                    relation,
                    results.municipality(),
                    results.year(),
                    date,
                    l.element().code(),
                    l.element().name(),
                    null,
                    r == null ? null : Cell.fraction(r.fulfilment(), r.fulfilmentPercent()),
                    r == null ? null : words.status(r.status()),
                    r == null ? null : r.indicators(),
                    r == null ? null : r.indicatorsWithValue());
        }
    }
}
