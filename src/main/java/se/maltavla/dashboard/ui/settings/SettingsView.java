package se.maltavla.dashboard.ui.settings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import se.maltavla.dashboard.ui.DashboardContext;
import se.maltavla.dashboard.ui.DashboardPage;
import se.maltavla.dashboard.ui.FollowsSelection;
import se.maltavla.fulfilment.FulfilmentService;
import se.maltavla.fulfilment.RecomputeReport;
import se.maltavla.fulfilment.Thresholds;
import se.maltavla.shared.table.Cell;
import se.maltavla.shared.table.TableTarget;
import se.maltavla.shared.table.TableWriter;
import se.maltavla.shared.ui.CsvExport;
import se.maltavla.shared.ui.Formats;
import se.maltavla.shared.ui.MainLayout;
import se.maltavla.strategy.StrategyService;

/**
 * Inställningar: the chosen municipality's two thresholds (docs/fulfilment.md §3). A coordinator
 * changes them, which recomputes the municipality's results; a viewer sees them read-only. The
 * service checks the role again (a hidden button is no protection).
 */
@Route(value = "installningar", layout = MainLayout.class)
@PermitAll
class SettingsView extends DashboardPage implements FollowsSelection {

    private final FulfilmentService fulfilment;
    private final AuthenticationContext authentication;
    private final BigDecimalField upper = field("upper");
    private final BigDecimalField lower = field("lower");
    private final Paragraph outcome = new Paragraph();

    SettingsView(
            DashboardContext context,
            FulfilmentService fulfilment,
            StrategyService strategies,
            AuthenticationContext authentication) {
        super("settings", "settings.title", context, strategies);
        this.fulfilment = fulfilment;
        this.authentication = authentication;
    }

    @Override
    protected void show(BeforeEnterEvent event) {
        String municipality = context.municipality();
        Thresholds current = fulfilment.thresholds(municipality);
        top(getTranslation("settings.title"))
                .exports(CsvExport.stem("installningar", municipality), out -> write(municipality, out))
                .bar(selection());

        upper.setValue(plain(current.upper()));
        lower.setValue(plain(current.lower()));
        Section section = new Section(
                new H2(getTranslation("settings.thresholds", context.municipalityName())),
                new Paragraph(getTranslation("settings.thresholds.lead")));
        section.setId("thresholds");
        Div fields = new Div(upper, lower);
        fields.addClassName("threshold-fields");
        section.add(fields);
        outcome.setId("thresholds-outcome");
        outcome.getElement().setAttribute("role", "status");
        if (authentication.hasRole("COORDINATOR")) {
            Button save = new Button(getTranslation("settings.save"), e -> save(municipality));
            save.setId("save-thresholds");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button defaults = new Button(getTranslation("settings.defaults"), e -> fillInDefaults(municipality));
            defaults.setId("default-thresholds");
            Div buttons = new Div(save, defaults);
            buttons.addClassName("threshold-buttons");
            section.add(buttons);
        } else {
            upper.setReadOnly(true);
            lower.setReadOnly(true);
            Paragraph note = new Paragraph(getTranslation("settings.readonly"));
            note.setId("thresholds-readonly");
            note.addClassName("muted");
            section.add(note);
        }
        section.add(outcome);
        add(section);
    }

    private BigDecimalField field(String name) {
        BigDecimalField field = new BigDecimalField(getTranslation("settings." + name));
        field.setId("threshold-" + name);
        field.setHelperText(getTranslation("settings." + name + ".helper"));
        field.setSuffixComponent(new Span("%"));
        field.setLocale(getLocale());
        field.setManualValidation(true);
        field.setI18n(new BigDecimalField.BigDecimalFieldI18n()
                .setBadInputErrorMessage(getTranslation("settings.invalid.number")));
        field.setRequiredIndicatorVisible(true);
        field.setWidth("20em");
        return field;
    }

    private void save(String municipality) {
        Map<ThresholdRules.Field, String> problems = ThresholdRules.problems(upper.getValue(), lower.getValue());
        show(upper, problems.get(ThresholdRules.Field.UPPER));
        show(lower, problems.get(ThresholdRules.Field.LOWER));
        outcome.removeClassName("error");
        if (!problems.isEmpty()) {
            outcome.setText(getTranslation("settings.notsaved"));
            outcome.addClassName("error");
            return;
        }
        try {
            RecomputeReport report =
                    fulfilment.updateThresholds(municipality, new Thresholds(upper.getValue(), lower.getValue()));
            outcome.setText(getTranslation(
                    "settings.saved", percent(upper.getValue()), percent(lower.getValue()), report.planYears()));
        } catch (AccessDeniedException e) {
            outcome.setText(getTranslation("settings.denied"));
            outcome.addClassName("error");
        }
    }

    /**
     * Fills in the defaults and says that nothing is saved until Spara: restoring them recomputes
     * every plan year, which the coordinator starts knowingly, as any other change.
     */
    private void fillInDefaults(String municipality) {
        upper.setValue(plain(Thresholds.DEFAULT.upper()));
        lower.setValue(plain(Thresholds.DEFAULT.lower()));
        show(upper, null);
        show(lower, null);
        outcome.removeClassName("error");
        Thresholds saved = fulfilment.thresholds(municipality);
        boolean already = saved.upper().compareTo(Thresholds.DEFAULT.upper()) == 0
                && saved.lower().compareTo(Thresholds.DEFAULT.lower()) == 0;
        outcome.setText(getTranslation(
                already ? "settings.defaults.already" : "settings.defaults.filled",
                percent(Thresholds.DEFAULT.upper()),
                percent(Thresholds.DEFAULT.lower()),
                getTranslation("settings.save")));
    }

    /** 100 rather than the stored 100.0000 (and not 1E+2). */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private void show(BigDecimalField field, String problem) {
        field.setInvalid(problem != null);
        field.setErrorMessage(problem == null ? null : getTranslation(problem, percent(upper.getValue())));
    }

    private String percent(BigDecimal value) {
        return Formats.decimal(value, getLocale()) + " %";
    }

    private void write(String municipality, TableTarget out) {
        Thresholds thresholds = fulfilment.thresholds(municipality);
        try (TableWriter csv = out.open(List.of("kommun", "ovre_grans_procent", "undre_grans_procent"))) {
            csv.row(
                    municipality,
                    Cell.percent(thresholds.upper(), thresholds.upper()),
                    Cell.percent(thresholds.lower(), thresholds.lower()));
        }
    }
}
