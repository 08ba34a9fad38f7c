package se.maltavla.yearend.slides;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import se.maltavla.activity.chart.FundingChart;
import se.maltavla.fulfilment.Status;
import se.maltavla.shared.ui.Formats;

/**
 * The presentation's words and figures in one language: texts from the message bundles
 * (i18n/yearend-slides, the status words of i18n/ui), percents with one decimal and a space that
 * never breaks before "%", whole kronor.
 */
final class SlideWords {

    /** The space between a figure and its unit: a line never breaks inside "74,9 %". */
    static final char NBSP = '\u00A0';

    private final MessageSource messages;
    private final Locale locale;

    SlideWords(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** "74,9 %" (Swedish) or "74.9 %"; "–" without a figure. */
    String percent(BigDecimal percent) {
        return percent == null
                ? text("slides.figure.none")
                : Formats.percent(percent, locale).replace(' ', NBSP);
    }

    /** A threshold as written in the sentence about them: "100", "50", "62,5". */
    String threshold(BigDecimal percent) {
        return Formats.decimal(percent, locale);
    }

    /** Whole kronor, grouped: "1 250 000" / "1,250,000". */
    String amount(BigDecimal sek) {
        return FundingChart.amountFormat(locale).format(sek.setScale(0, RoundingMode.HALF_UP));
    }

    String date(LocalDate date) {
        return Formats.date(date);
    }

    /** The status in words: "Delvis uppfyllt". */
    String status(Status status) {
        return text("status." + status.code());
    }

    /**
     * The status' symbol, written before its word so that a status never rests on colour alone; each
     * is in the shipped font (DejaVu Sans), so the PDF shows the same.
     */
    static String symbol(Status status) {
        return switch (status) {
            case UPPFYLLT -> "✔";
            case DELVIS -> "◐";
            case EJ_UPPFYLLT -> "✖";
            case SAKNAS -> "?";
            case EJ_MATBAR -> "⊘";
        };
    }
}
