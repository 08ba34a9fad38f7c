package se.maltavla.shared.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;
import se.maltavla.shared.i18n.Messages;

/** Figures as the dashboard shows them: one decimal, decimal comma in Swedish, point in English. */
public final class Formats {

    private Formats() {}

    /** A percent already rounded for display (e.g. {@link se.maltavla.fulfilment.ResultRow#fulfilmentPercent}): "72,5 %". */
    public static String percent(BigDecimal percent, Locale locale) {
        if (percent == null) {
            return "–";
        }
        DecimalFormat format =
                new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Messages.formatting(locale)));
        return format.format(percent.setScale(1, RoundingMode.HALF_UP)).replace('\u202F', '\u00A0') + " %";
    }

    /** A number as written for people: plain, grouped, the locale's decimal sign. */
    public static String decimal(BigDecimal value, Locale locale) {
        if (value == null) {
            return "–";
        }
        DecimalFormat format =
                new DecimalFormat("#,##0.########", DecimalFormatSymbols.getInstance(Messages.formatting(locale)));
        format.setParseBigDecimal(true);
        return format.format(value.stripTrailingZeros()).replace('\u202F', '\u00A0');
    }

    /** A change in percentage points with its sign: "+4,2 p.e." / "+4.2 pp". */
    public static String change(BigDecimal points, Locale locale, String unit) {
        if (points == null) {
            return "–";
        }
        BigDecimal rounded = points.setScale(1, RoundingMode.HALF_UP);
        String sign = rounded.signum() > 0 ? "+" : rounded.signum() < 0 ? "−" : "±";
        return sign + decimal(rounded.abs(), locale) + " " + unit;
    }

    public static String date(LocalDate date) {
        return date == null ? "–" : date.toString();
    }
}
