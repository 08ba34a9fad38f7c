package se.maltavla.dashboard.ui.activities;

import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import se.maltavla.activity.chart.FundingChart;

/** Amounts in whole kronor as people write them: 1 234 567 (Swedish), 1,234,567 (English); the unit comes from the bundle. */
final class Amounts {

    private Amounts() {}

    /** "1 234 567 kr" / "SEK 1,234,567" in the component's language; "–" without an amount. */
    static String text(Component component, Locale locale, BigDecimal amount) {
        return amount == null
                ? component.getTranslation("activities.missing")
                : component.getTranslation("activities.amount", number(amount, locale));
    }

    static String number(BigDecimal amount, Locale locale) {
        return FundingChart.amountFormat(locale).format(amount.setScale(0, RoundingMode.HALF_UP));
    }

    /** The share of {@code part} in {@code whole} in percent with one decimal, or null without a whole. */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
