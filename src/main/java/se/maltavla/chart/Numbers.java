package se.maltavla.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/** Numbers on a value axis: grouped, the language's decimal sign ("1 250 000", "0,8" / "0.8"). */
final class Numbers {

    private Numbers() {}

    static NumberFormat format(Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(DateTicks.language(locale));
        // A plain hyphen-minus: U+2212 is missing from some fonts a PDF may embed.
        symbols.setMinusSign('-');
        return new DecimalFormat("#,##0.##", symbols);
    }
}
