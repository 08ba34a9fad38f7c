package se.maltavla.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.maltavla.dashboard.Selection;
import se.maltavla.shared.municipality.SwedishMunicipalities;
import se.maltavla.shared.municipality.SwedishMunicipality;
import se.maltavla.shared.ui.DatePickers;
import se.maltavla.strategy.Municipality;
import se.maltavla.strategy.StrategyService;

/**
 * The choice of municipality, plan year and evaluation date at the top of the dashboard's
 * views, and whether the plan year is locked (docs/year-end.md). A change is remembered for the
 * user and shows the view again for the new choice.
 */
public class SelectionBar extends HorizontalLayout {

    private final DashboardContext context;

    /** The bar of a view of figures: municipality, plan year, evaluation date, and the year's lock. */
    public SelectionBar(DashboardContext context, StrategyService strategies) {
        this(context, strategies, true);
    }

    /**
     * @param figures whether the view shows figures at a date: with the date and the lock, or only
     *     the municipality and plan year (the year-end's pages, which show the lock themselves)
     */
    public SelectionBar(DashboardContext context, StrategyService strategies, boolean figures) {
        this.context = context;
        Selection current = context.selection().orElseThrow();
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        setId("selection");
        addClassName("selection-bar");

        // Labels made once, from two light queries: they are asked for item by item (290 in a national set).
        Map<String, String> strategyNames = strategies.strategyNames();
        Map<String, String> labels = new LinkedHashMap<>();
        context.municipalities().forEach(m -> labels.put(m.code(), label(m, strategyNames)));
        Select<String> municipality = new Select<>();
        municipality.setId("select-municipality");
        municipality.setLabel(getTranslation("selection.municipality"));
        municipality.setItems(List.copyOf(labels.keySet()));
        municipality.setItemLabelGenerator(code -> labels.getOrDefault(code, code));
        municipality.setValue(current.municipality());
        municipality.setWidth("22em");

        Select<Integer> year = new Select<>();
        year.setId("select-year");
        year.setLabel(getTranslation("selection.year"));
        year.setItems(context.years(current.municipality()));
        year.setItemLabelGenerator(String::valueOf);
        year.setValue(current.year());
        year.setWidth("8em");

        DatePicker date = DatePickers.localized(getTranslation("selection.date"));
        date.setId("select-date");
        date.setValue(context.evaluationDate());
        date.setHelperText(context.defaultDate() ? getTranslation("selection.date.default") : null);
        date.setWidth("11em");

        Button today = new Button(
                getTranslation("selection.date.reset"),
                e -> change(new Selection(current.municipality(), current.year(), null), false));
        today.setId("select-date-default");
        today.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        today.setVisible(!context.defaultDate());

        municipality.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                change(new Selection(e.getValue(), context.years(e.getValue()).getFirst(), null), true);
            }
        });
        year.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                change(new Selection(current.municipality(), e.getValue(), null), true);
            }
        });
        date.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                change(new Selection(current.municipality(), current.year(), e.getValue()), false);
            }
        });
        add(municipality, year);
        if (figures) {
            add(date, today);
            context.locked().ifPresent(locked -> add(new LockedYearNotice(context, locked)));
        }
    }

    private void change(Selection next, boolean otherPlanYear) {
        context.select(next);
        UI ui = UI.getCurrent();
        boolean follows =
                ui.getInternals().getActiveRouterTargetsChain().stream().anyMatch(FollowsSelection.class::isInstance);
        if (otherPlanYear && !follows) {
            ui.navigate("");
        } else {
            ui.refreshCurrentRoute(false);
        }
    }

    /**
     * "Ronneby (1081)": the name from the code list, and the code the files and the API use. A code
     * not in the list (docs/municipalities.md) keeps the code first, with the name Måltavla holds
     * or else its strategy's name.
     */
    static String label(Municipality municipality, Map<String, String> strategyNames) {
        return SwedishMunicipalities.find(municipality.code())
                .map(SwedishMunicipality::nameAndCode)
                .orElseGet(() -> {
                    String name =
                            municipality.name() != null ? municipality.name() : strategyNames.get(municipality.code());
                    return name == null ? municipality.code() : municipality.code() + " " + name;
                });
    }
}
