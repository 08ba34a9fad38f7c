package se.maltavla.dashboard.ui.goal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import se.maltavla.actionplan.Indicator;
import se.maltavla.actionplan.Measurement;
import se.maltavla.fulfilment.IndicatorFigures;
import se.maltavla.shared.ui.Formats;

/** An indicator's values as people read them: "1 250 000 SEK", "20 %", "ja". */
final class ValueText {

    private ValueText() {}

    static String number(Component in, BigDecimal value, String unit) {
        if (value == null) {
            return "–";
        }
        String number = Formats.decimal(value, locale());
        return unit == null || unit.isBlank() ? number : number + "\u00A0" + unit;
    }

    /**
     * A computed value such as the trend forecast, rounded as people would say it: one decimal,
     * whole numbers from 1 000 up ("4,6 st", "2 312 457 SEK"); the exact figure is in the export.
     */
    static String estimate(Component in, BigDecimal value, String unit) {
        if (value == null) {
            return "–";
        }
        int scale = value.abs().compareTo(BigDecimal.valueOf(1000)) >= 0 ? 0 : 1;
        return number(in, value.setScale(scale, RoundingMode.HALF_UP), unit);
    }

    static String yesNo(Component in, Boolean value) {
        return value == null ? "–" : in.getTranslation(value ? "goal.value.yes" : "goal.value.no");
    }

    /** The value the evaluation used, with its period: "6 st (2017-T3)"; "–" without one. */
    static String used(Component in, IndicatorFigures figures, Indicator plan) {
        if (figures == null || figures.valuePeriod() == null) {
            return "–";
        }
        String value = figures.valueYes() != null
                ? yesNo(in, figures.valueYes())
                : number(in, figures.valueNumber(), plan == null ? null : plan.unit());
        return in.getTranslation("goal.value.period", value, figures.valuePeriod());
    }

    static String target(Component in, Indicator plan) {
        if (plan == null) {
            return "–";
        }
        return plan.targetYes() != null ? yesNo(in, plan.targetYes()) : number(in, plan.targetNumber(), plan.unit());
    }

    static String measured(Component in, Measurement value, Indicator plan) {
        return value.valueYes() != null ? yesNo(in, value.valueYes()) : number(in, value.valueNumber(), plan.unit());
    }

    /** The language the view is shown in (Component.getLocale is not public). */
    static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.of("sv") : ui.getLocale();
    }

    /** Free text, or a dash when there is none. */
    static String text(String text) {
        return text == null || text.isBlank() ? "–" : text;
    }
}
