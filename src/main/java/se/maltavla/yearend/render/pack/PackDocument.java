package se.maltavla.yearend.render.pack;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import se.maltavla.fulfilment.GuidelineCriterion;
import se.maltavla.fulfilment.Status;
import se.maltavla.shared.ui.Formats;
import se.maltavla.yearend.SteeringPack;
import se.maltavla.yearend.render.Xhtml;

/**
 * The steering group's pack as an XHTML document: the page in the app shows its body, the PDF is
 * made from the whole of it (headings, tables with header cells and scope, status in words beside
 * its symbol, the language and title the PDF/UA check asks for).
 */
public final class PackDocument {

    private final MessageSource messages;
    private final Locale locale;

    public PackDocument(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public String title(SteeringPack pack) {
        return text("pack.title") + " – " + pack.municipalityName() + " " + pack.year();
    }

    /** The whole document, for the PDF. */
    public String document(SteeringPack pack) {
        Xhtml out = new Xhtml();
        out.markup("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + locale.getLanguage()
                        + "\"><head><title>")
                .text(title(pack))
                .markup("</title><bookmarks>");
        for (String section : SECTIONS) {
            out.markup("<bookmark name=\"").text(text("pack." + section)).markup("\" href=\"#pack-" + section + "\"/>");
        }
        out.markup("</bookmarks><style>")
                .markup(STYLE)
                .markup("</style></head><body>")
                .markup(body(pack))
                .markup("</body></html>");
        return out.toString();
    }

    private static final List<String> SECTIONS =
            List.of("statuschanged", "moved", "newvalues", "silent", "risk", "activities", "breaches");

    private static final String STYLE = """
            @page { size: A4; margin: 20mm 18mm; @bottom-right { content: counter(page) " / " counter(pages); font-family: 'DejaVu Sans'; font-size: 9pt; } }
            body { font-family: 'DejaVu Sans'; font-size: 10.5pt; color: #1a1a1a; line-height: 1.35; }
            h1 { font-size: 20pt; margin: 0 0 4pt; } h2 { font-size: 14pt; margin: 16pt 0 6pt; } h3 { font-size: 11.5pt; margin: 10pt 0 4pt; }
            table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; } caption { text-align: left; font-weight: bold; padding-bottom: 3pt; }
            th, td { border-bottom: 0.5pt solid #999; padding: 3pt 5pt; text-align: left; vertical-align: top; }
            thead th { border-bottom: 1pt solid #333; } td.num, th.num { text-align: right; }
            .nowrap { white-space: nowrap; }
            table.values col.indicator { width: 52%; } table.values col.period { width: 12%; } table.values col.value { width: 11%; }
            table.values col.source { width: 25%; }
            table.goals col.committee { width: 22%; } table.goals col.goal { width: 42%; } table.goals col.figure { width: 18%; }
            .lead { color: #333; margin: 0 0 10pt; } .none { color: #444; font-style: italic; }
            """;

    /** The document's content, for the PDF: its heading, what it covers, {@link #sections}. */
    public String body(SteeringPack pack) {
        Xhtml out = new Xhtml();
        out.markup("<h1 id=\"pack-title\">").text(text("pack.title")).markup("</h1>");
        out.markup("<p class=\"lead\">").text(lead(pack)).markup("</p>");
        return out.markup(sections(pack)).toString();
    }

    /** What the pack covers: municipality, plan year and the two dates. */
    public String lead(SteeringPack pack) {
        return text(
                "pack.lead", pack.municipalityName(), pack.year(), Formats.date(pack.from()), Formats.date(pack.to()));
    }

    /**
     * The content under the heading and lead (h2 sections with their tables and lists), for a page
     * of the app that has a heading of its own.
     */
    public String sections(SteeringPack pack) {
        Xhtml out = new Xhtml();
        goals(out, "statuschanged", pack.statusChanged());
        goals(out, "moved", pack.moved());
        newValues(out, pack);
        section(out, "silent");
        list(out, pack.silentCommittees(), Function.identity());
        goals(out, "risk", pack.turnedToRisk());
        section(out, "activities");
        activities(out, "started", pack.started());
        activities(out, "ended", pack.ended());
        section(out, "breaches");
        if (pack.newBreaches().isEmpty()) {
            none(out);
        } else {
            out.markup("<table><thead><tr>");
            header(out, "pack.col.kind", "pack.col.committee", "pack.col.subject", "pack.col.failed");
            out.markup("</tr></thead><tbody>");
            for (SteeringPack.Breach breach : pack.newBreaches()) {
                out.markup("<tr><td>")
                        .text(text("pack.kind." + breach.kind()))
                        .markup("</td><td>")
                        .text(breach.committee())
                        .markup("</td><th scope=\"row\">")
                        .text(breach.code() + " " + breach.name())
                        .markup("</th><td>")
                        .text(String.join(
                                ", ",
                                breach.failed().stream()
                                        .sorted()
                                        .map(this::criterion)
                                        .toList()))
                        .markup("</td></tr>");
            }
            out.markup("</tbody></table>");
        }
        return out.toString();
    }

    private void goals(Xhtml out, String key, List<SteeringPack.GoalChange> goals) {
        section(out, key);
        if (goals.isEmpty()) {
            none(out);
            return;
        }
        out.markup(
                "<table class=\"goals\"><colgroup><col class=\"committee\"/><col class=\"goal\"/><col class=\"figure\"/>"
                        + "<col class=\"figure\"/></colgroup><thead><tr>");
        header(out, "pack.col.committee", "pack.col.goal");
        out.markup("<th scope=\"col\">")
                .text(text("pack.col.before"))
                .markup("</th><th scope=\"col\">")
                .text(text("pack.col.now"))
                .markup("</th></tr></thead><tbody>");
        for (SteeringPack.GoalChange goal : goals) {
            out.markup("<tr><td>")
                    .text(goal.committee())
                    .markup("</td><th scope=\"row\">")
                    .text(goal.code() + " " + goal.text())
                    .markup("</th><td>");
            figure(out, goal.fromPercent(), goal.fromStatus());
            out.markup("</td><td>");
            figure(out, goal.toPercent(), goal.toStatus());
            out.markup("</td></tr>");
        }
        out.markup("</tbody></table>");
    }

    private void newValues(Xhtml out, SteeringPack pack) {
        section(out, "newvalues");
        boolean any = false;
        for (SteeringPack.CommitteeValues committee : pack.newValues()) {
            if (committee.values().isEmpty()) {
                continue;
            }
            any = true;
            out.markup("<table class=\"values\"><caption>")
                    .text(committee.committee() + " (" + committee.values().size() + ")")
                    .markup(
                            "</caption><colgroup><col class=\"indicator\"/><col class=\"period\"/><col class=\"value\"/>"
                                    + "<col class=\"source\"/></colgroup><thead><tr>");
            header(out, "pack.col.indicator", "pack.col.period", "pack.col.value", "pack.col.source");
            out.markup("</tr></thead><tbody>");
            for (SteeringPack.NewValue value : committee.values()) {
                out.markup("<tr><th scope=\"row\">")
                        .text(value.indicatorCode() + " " + value.indicatorName())
                        .markup("</th><td class=\"nowrap\">")
                        .text(value.period())
                        .markup("</td><td class=\"num\">")
                        .text(value(value))
                        .markup("</td><td>")
                        .text(value.file() == null ? "–" : text("pack.source", value.file(), value.line()))
                        .markup("</td></tr>");
            }
            out.markup("</tbody></table>");
        }
        if (!any) {
            none(out);
        }
    }

    private void activities(Xhtml out, String key, List<SteeringPack.ActivityChange> activities) {
        out.markup("<h3>").text(text("pack.activities." + key)).markup("</h3>");
        list(
                out,
                activities,
                a -> a.code() + " " + a.name() + " (" + (a.committee() == null ? "" : a.committee() + ", ")
                        + Formats.date(a.date()) + ")");
    }

    private <T> void list(Xhtml out, List<T> items, Function<T, String> line) {
        if (items.isEmpty()) {
            none(out);
            return;
        }
        out.markup("<ul>");
        items.forEach(item -> out.markup("<li>").text(line.apply(item)).markup("</li>"));
        out.markup("</ul>");
    }

    private void section(Xhtml out, String key) {
        out.markup("<h2 id=\"pack-" + key + "\">").text(text("pack." + key)).markup("</h2>");
    }

    private void none(Xhtml out) {
        out.markup("<p class=\"none\">").text(text("pack.none")).markup("</p>");
    }

    private void header(Xhtml out, String... keys) {
        for (String key : keys) {
            out.markup("<th scope=\"col\">").text(text(key)).markup("</th>");
        }
    }

    /** The figure above its status, the status as symbol and word. */
    private void figure(Xhtml out, BigDecimal percent, Status status) {
        if (status == null) {
            out.text(text("pack.notthen"));
            return;
        }
        if (percent != null) {
            out.text(Formats.percent(percent, locale)).markup("<br/>");
        }
        out.markup("<span class=\"nowrap\">")
                .text(symbol(status) + " " + text("status." + status.code()))
                .markup("</span>");
    }

    /** A symbol beside the word, never instead of it: the written report's (ReportTexts), so that both documents read alike. */
    static String symbol(Status status) {
        return switch (status) {
            case UPPFYLLT -> "✔";
            case DELVIS -> "◐";
            case EJ_UPPFYLLT -> "✖";
            case SAKNAS -> "○";
            case EJ_MATBAR -> "⊘";
        };
    }

    private String value(SteeringPack.NewValue value) {
        if (value.yes() != null) {
            return text(value.yes() ? "pack.yes" : "pack.no");
        }
        return Formats.decimal(value.number(), locale);
    }

    private String criterion(GuidelineCriterion criterion) {
        return text("pack.criterion." + criterion.code());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
