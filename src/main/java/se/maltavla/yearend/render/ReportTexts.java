package se.maltavla.yearend.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import se.maltavla.fulfilment.Status;
import se.maltavla.shared.i18n.Messages;
import se.maltavla.shared.municipality.SwedishMunicipalities;

/**
 * The report's words and numbers in its language (i18n/yearend-report): texts, status words with
 * their symbols, percentages, numbers and dates as the dashboard writes them.
 */
final class ReportTexts {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;
    private final Locale locale;
    private final DecimalFormatSymbols symbols;

    ReportTexts(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Messages.SWEDISH;
        this.symbols = DecimalFormatSymbols.getInstance(Messages.formatting(this.locale));
        if (symbols.getGroupingSeparator() == '\u202F') {
            // A no-break space every font has, as the dashboard writes it.
            symbols.setGroupingSeparator('\u00A0');
        }
        symbols.setMinusSign('−');
    }

    Locale locale() {
        return locale;
    }

    /** "sv" or "en": the document's language. */
    String language() {
        return locale.getLanguage();
    }

    String get(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** The status in words: "Delvis uppfyllt". */
    String status(Status status) {
        return get("report.status." + status.code());
    }

    /** The status's symbol, shown beside its word (never alone, never only by colour). */
    static String symbol(Status status) {
        return switch (status) {
            case UPPFYLLT -> "✔";
            case DELVIS -> "◐";
            case EJ_UPPFYLLT -> "✖";
            case SAKNAS -> "○";
            case EJ_MATBAR -> "⊘";
        };
    }

    /** A percentage already rounded for display: "93,3 %" / "93.3 %"; "–" for none. */
    String percent(BigDecimal percent) {
        if (percent == null) {
            return "–";
        }
        DecimalFormat format = new DecimalFormat("#,##0.0", symbols);
        return format.format(percent.setScale(1, RoundingMode.HALF_UP)) + "\u00A0%";
    }

    /** A number as written: grouped, the language's decimal sign, no trailing zeros; "–" for none. */
    String number(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        DecimalFormat format = new DecimalFormat("#,##0.##########", symbols);
        return format.format(value.stripTrailingZeros());
    }

    /** A number with exactly this many decimals: "4,96". */
    String decimals(BigDecimal value, int decimals) {
        DecimalFormat format = new DecimalFormat("#,##0." + "0".repeat(decimals), symbols);
        return format.format(value.setScale(decimals, RoundingMode.HALF_UP));
    }

    /** A whole amount in kronor: "1 800 000". */
    String amount(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        return new DecimalFormat("#,##0", symbols).format(value.setScale(0, RoundingMode.HALF_UP));
    }

    String date(LocalDate date) {
        return date == null ? "–" : date.toString();
    }

    /** A moment as Swedish time, to the minute: "2018-02-10 14:03". */
    String moment(OffsetDateTime at) {
        return at == null ? "–" : at.atZoneSameInstant(SWEDEN).format(MINUTE);
    }

    /**
     * "Ronneby kommun" ("Municipality of Ronneby"), named from the code list (docs/municipalities.md)
     * also in a snapshot locked before Måltavla had it; for a code not in the list the name the
     * snapshot holds, or "Kommun 9999" when it holds only the code.
     */
    String municipality(se.maltavla.yearend.content.ReportHeading heading) {
        var listed = SwedishMunicipalities.find(heading.municipality());
        if (listed.isPresent()) {
            return get("report.municipality", listed.get().name(), listed.get().inText());
        }
        String name = heading.municipalityName();
        return name == null || name.isBlank() || name.equals(heading.municipality())
                ? get("report.municipality.code", heading.municipality())
                : get("report.municipality", name, name + " kommun");
    }

    String yesNo(Boolean value) {
        return value == null ? "–" : get(value ? "report.yes" : "report.no");
    }
}
