package se.maltavla.dashboard.ui.alignment;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import se.maltavla.dashboard.ui.DashboardContext;
import se.maltavla.dashboard.ui.DashboardPage;
import se.maltavla.dashboard.ui.ExportWords;
import se.maltavla.dashboard.ui.FollowsSelection;
import se.maltavla.fulfilment.AlignmentMatrix;
import se.maltavla.fulfilment.FulfilmentService;
import se.maltavla.fulfilment.PlanYearResults;
import se.maltavla.shared.ui.CsvExport;
import se.maltavla.shared.ui.MainLayout;
import se.maltavla.strategy.ElementType;
import se.maltavla.strategy.StrategyService;

/**
 * Strategikarta: the strategy as a matrix of priority areas (pillars) against council goals,
 * overarching goals and external objectives, each cell with the contributing goals' fulfilment.
 */
@Route(value = "matris", layout = MainLayout.class)
@PermitAll
class AlignmentView extends DashboardPage implements FollowsSelection {

    private final FulfilmentService fulfilment;

    AlignmentView(DashboardContext context, StrategyService strategies, FulfilmentService fulfilment) {
        super("alignment", "alignment.title", context, strategies);
        this.fulfilment = fulfilment;
        addClassName("view-wide");
    }

    @Override
    protected void show(BeforeEnterEvent event) {
        PlanYearResults results = context.results();
        AlignmentMatrix matrix = fulfilment.alignment(context.municipality(), context.year(), context.evaluationDate());
        ExportWords words = ExportWords.of(this);
        top(getTranslation("alignment.title"))
                .exports(
                        CsvExport.stem(
                                "strategikarta",
                                results.municipality(),
                                String.valueOf(results.year()),
                                results.evaluationDate().toString()),
                        out -> AlignmentCsv.write(matrix, words, out))
                .lead(results.strategyName())
                .bar(selection());
        Section section = new Section(new H2(getTranslation("alignment.heading."
                + ((matrix.rowType() == null ? ElementType.PRIORITY_AREA : matrix.rowType()).code()))));
        section.setId("alignment-matrix");
        add(section);
        if (matrix.rows().isEmpty() || matrix.columns().isEmpty()) {
            section.add(new Paragraph(
                    getTranslation(matrix.rows().isEmpty() ? "alignment.norows" : "alignment.nocolumns")));
            return;
        }
        section.add(legend(), new MatrixTable(matrix, caption(matrix)));
    }

    private Div legend() {
        Icon icon = VaadinIcon.LINK.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.addClassName("matrix-link-icon");
        Paragraph linked = new Paragraph(icon, new Span(" " + getTranslation("alignment.legend.linked")));
        Paragraph figures = new Paragraph(getTranslation("alignment.legend.figures"));
        Paragraph scroll = new Paragraph(getTranslation("alignment.legend.scroll"));
        Div legend = new Div(linked, figures, scroll);
        legend.addClassName("matrix-legend");
        legend.setId("matrix-legend");
        return legend;
    }

    private String caption(AlignmentMatrix matrix) {
        PlanYearResults results = matrix.results();
        return getTranslation(
                "alignment.caption",
                getTranslation("alignment.rows." + matrix.rowType().code()),
                results.year(),
                results.evaluationDate().toString());
    }
}
