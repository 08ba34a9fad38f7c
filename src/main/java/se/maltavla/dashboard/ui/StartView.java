package se.maltavla.dashboard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import se.maltavla.dataimport.FileResult;
import se.maltavla.dataimport.ImportRunSummary;
import se.maltavla.dataimport.ImportService;
import se.maltavla.dataimport.RunSummaryFormatter;
import jakarta.annotation.security.PermitAll;
import se.maltavla.shared.ui.MainLayout;
import se.maltavla.strategy.StrategyOverview;
import se.maltavla.strategy.StrategyService;

/**
 * The first page: which strategies Måltavla holds and what the latest imports did. The
 * dashboard proper (fulfilment per priority area) is built on this in its own issue.
 */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Måltavla")
@PermitAll
class StartView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    StartView(StrategyService strategies, ImportService imports, RunSummaryFormatter summaries) {
        setMaxWidth("1200px");
        add(new H1("Måltavla"));
        add(new Paragraph(getTranslation("start.intro")));
        add(new H2(getTranslation("start.strategies")), strategyGrid(strategies.overview()));
        add(new H2(getTranslation("start.imports")), importGrid(imports.recentRuns(10), summaries));
    }

    private Grid<StrategyOverview> strategyGrid(List<StrategyOverview> items) {
        Grid<StrategyOverview> grid = new Grid<>();
        grid.addColumn(StrategyOverview::municipalityCode).setHeader(getTranslation("start.strategy.municipality"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(StrategyOverview::strategyName).setHeader(getTranslation("start.strategy.name")).setFlexGrow(3);
        grid.addColumn(this::period).setHeader(getTranslation("start.strategy.valid")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(StrategyOverview::elements).setHeader(getTranslation("start.strategy.elements"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(StrategyOverview::committees).setHeader(getTranslation("start.strategy.committees"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(StrategyOverview::goals).setHeader(getTranslation("start.strategy.goals")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(StrategyOverview::indicators).setHeader(getTranslation("start.strategy.indicators"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(StrategyOverview::values).setHeader(getTranslation("start.strategy.values")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(StrategyOverview::activities).setHeader(getTranslation("start.strategy.activities"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        return grid;
    }

    private String period(StrategyOverview s) {
        String from = s.validFrom() == null ? "" : s.validFrom().toString();
        String to = s.validTo() == null ? getTranslation("start.strategy.openended") : s.validTo().toString();
        return from + " – " + to;
    }

    private record FileRow(ImportRunSummary run, FileResult file) {}

    private Grid<FileRow> importGrid(List<ImportRunSummary> runs, RunSummaryFormatter summaries) {
        Grid<FileRow> grid = new Grid<>();
        grid.addColumn(r -> WHEN.format(r.run().startedAt().atZoneSameInstant(ZoneId.of("Europe/Stockholm"))))
                .setHeader(getTranslation("start.import.run")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.file().fileName()).setHeader(getTranslation("start.import.file")).setFlexGrow(2);
        grid.addColumn(r -> r.file().kind() == null ? "" : r.file().kind()).setHeader(getTranslation("start.import.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> summaries.fileStatus(r.file(), getLocale())).setHeader(getTranslation("start.import.result"))
                .setFlexGrow(3);
        grid.setItems(runs.stream().flatMap(run -> run.files().stream().map(f -> new FileRow(run, f))).toList());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        return grid;
    }
}
