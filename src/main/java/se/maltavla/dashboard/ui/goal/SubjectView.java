package se.maltavla.dashboard.ui.goal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;
import java.util.function.Consumer;
import se.maltavla.dashboard.ui.DashboardContext;
import se.maltavla.dashboard.ui.DashboardPage;
import se.maltavla.fulfilment.PlanYearResults;
import se.maltavla.shared.table.TableTarget;
import se.maltavla.shared.ui.CsvExport;
import se.maltavla.strategy.StrategyService;

/**
 * A view of one goal or indicator of the chosen plan year, named by the id in its address
 * (mal/42, indikator/7). An id the plan year does not have, or one that is no id at all, gets a
 * message and the way back instead of an error page.
 *
 * @param <P> what the view shows of the subject
 */
abstract class SubjectView<P> extends DashboardPage {

    private final String keys;

    /** @param keys the bundle keys' prefix of the subject's texts: {@code goal} or {@code goal.indicator} */
    SubjectView(DashboardContext context, StrategyService strategies, String id, String keys) {
        super(id, keys + ".notfound.title", context, strategies);
        this.keys = keys;
    }

    /** The subject with this id in the plan year of {@code results}, if it has one. */
    protected abstract Optional<P> find(long id, PlanYearResults results);

    /** Shows the subject, starting with {@link #header}. */
    protected abstract void present(P page);

    @Override
    protected void show(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        PlanYearResults results = context.results();
        Optional<P> page = parse(id).flatMap(subject -> find(subject, results));
        if (page.isEmpty()) {
            Anchor back = new Anchor("", getTranslation("goal.notfound.back"));
            back.setId("back-to-overview");
            top(getTranslation(keys + ".notfound.title"));
            missing(
                    getTranslation(keys + ".notfound", id, context.municipalityName(), String.valueOf(results.year())),
                    back);
            return;
        }
        present(page.get());
    }

    /**
     * The top of the view: the heading with the export of what the view shows, a lead line that
     * says what the subject is, and the choice of municipality, plan year and date.
     *
     * @param title the browser's title ("Mål T-1")
     */
    protected void header(
            String heading,
            String title,
            PlanYearResults results,
            String fileKind,
            String code,
            Consumer<TableTarget> table,
            Component... lead) {
        top(heading)
                .title(title)
                .exports(
                        CsvExport.stem(
                                fileKind,
                                results.municipality(),
                                String.valueOf(results.year()),
                                code,
                                results.evaluationDate().toString()),
                        table)
                .lead(lead)
                .bar(selection());
    }

    protected Section section(String id, String headingKey, Component content) {
        Section section = new Section(new H2(getTranslation(headingKey)), content);
        section.setId(id);
        return section;
    }

    /** The id in "mal/42"; empty for anything but a positive whole number. */
    static Optional<Long> parse(String id) {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        long value = Long.parseLong(id);
        return value > 0 ? Optional.of(value) : Optional.empty();
    }
}
