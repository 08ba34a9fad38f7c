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
import se.maltavla.shared.i18n.Messages;
import se.maltavla.strategy.StrategyOverview;
import se.maltavla.strategy.StrategyService;

/**
 * The first page: which strategies Måltavla holds and what the latest imports did. The
 * dashboard proper (fulfilment per priority area) is built on this in its own issue.
 */
@Route("")
@PageTitle("Måltavla")
class StartView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    StartView(StrategyService strategies, ImportService imports, RunSummaryFormatter summaries) {
        setMaxWidth("1200px");
        add(new H1("Måltavla"));
        add(new Paragraph("Uppföljning av kommunens internationella strategi: handlingsplaner, mätvärden och "
                + "måluppfyllelse per prioriterat område."));
        add(new H2("Strategier"), strategyGrid(strategies.overview()));
        add(new H2("Senaste importer"), importGrid(imports.recentRuns(10), summaries));
    }

    private static Grid<StrategyOverview> strategyGrid(List<StrategyOverview> items) {
        Grid<StrategyOverview> grid = new Grid<>();
        grid.addColumn(StrategyOverview::municipalityCode).setHeader("Kommun").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(StrategyOverview::strategyName).setHeader("Strategi").setFlexGrow(3);
        grid.addColumn(s -> period(s)).setHeader("Giltig").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(StrategyOverview::elements).setHeader("Element").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(StrategyOverview::committees).setHeader("Nämnder").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(StrategyOverview::goals).setHeader("Mål").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(StrategyOverview::indicators).setHeader("Indikatorer").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(StrategyOverview::values).setHeader("Mätvärden").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(StrategyOverview::activities).setHeader("Aktiviteter").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        return grid;
    }

    private static String period(StrategyOverview s) {
        String from = s.validFrom() == null ? "" : s.validFrom().toString();
        String to = s.validTo() == null ? "tills vidare" : s.validTo().toString();
        return from + " – " + to;
    }

    private record FileRow(ImportRunSummary run, FileResult file) {}

    private static Grid<FileRow> importGrid(List<ImportRunSummary> runs, RunSummaryFormatter summaries) {
        Grid<FileRow> grid = new Grid<>();
        grid.addColumn(r -> WHEN.format(r.run().startedAt().atZoneSameInstant(ZoneId.of("Europe/Stockholm"))))
                .setHeader("Körning").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.file().fileName()).setHeader("Fil").setFlexGrow(2);
        grid.addColumn(r -> r.file().kind() == null ? "" : r.file().kind()).setHeader("Typ").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> summaries.fileStatus(r.file(), Messages.SWEDISH)).setHeader("Resultat").setFlexGrow(3);
        grid.setItems(runs.stream().flatMap(run -> run.files().stream().map(f -> new FileRow(run, f))).toList());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        return grid;
    }
}
