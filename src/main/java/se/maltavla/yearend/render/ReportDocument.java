package se.maltavla.yearend.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import se.maltavla.yearend.content.AreaPart;
import se.maltavla.yearend.content.CommitteePart;
import se.maltavla.yearend.content.ReportHeading;
import se.maltavla.yearend.content.YearEndReport;

/**
 * The report as XHTML: the content once ({@link #content}), shown on the page as it is and put
 * into a whole document for the PDF ({@link #document}) with its language, title, bookmarks, page
 * footer and, for a draft, "Utkast" at the top of every page.
 */
final class ReportDocument {

    private static final String PDF_STYLE = style("yearend/report-pdf.css");

    private ReportDocument() {}

    /** The report's content in one {@code <div>}, with its title as the h1: the same on the page and in the PDF. */
    static String content(YearEndReport report, ReportTexts t) {
        return content(report, t, true);
    }

    /**
     * The report's content in one {@code <div>}.
     *
     * @param heading whether it starts with the title as its h1; a page of the app shows the title as its own h1
     */
    static String content(YearEndReport report, ReportTexts t, boolean heading) {
        Xhtml x = new Xhtml();
        x.open("div", "class", "year-end-report" + (report.heading().draft() ? " draft" : ""), "lang", t.language());
        TitleSection.write(x, t, report.heading(), heading);
        SummarySection.write(x, t, report);
        AreaSection.write(x, t, report);
        CommitteeSection.write(x, t, report);
        if (!report.otherTexts().isEmpty()) {
            x.open("section", "id", "berattelser");
            x.element("h2", t.get("report.othertexts"));
            AreaSection.texts(x, t, "h3", t.get("report.othertexts.heading"), report.otherTexts());
            x.close("section");
        }
        ActivitySection.write(x, t, report);
        AssessmentSection.notAssessed(x, t, report);
        AssessmentSection.atRisk(x, t, report);
        AppendixSection.rules(x, t, report);
        AppendixSection.indicators(x, t, report);
        return x.close("div").toString();
    }

    /** The whole XHTML document the PDF is made from. */
    static String document(YearEndReport report, ReportTexts t) {
        ReportHeading h = report.heading();
        String title = TitleSection.title(t, h);
        Xhtml x = new Xhtml();
        x.markup("<!DOCTYPE html>");
        x.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", t.language())
                .open("head");
        x.element("title", title);
        x.empty("meta", "name", "subject", "content", t.municipality(h));
        x.empty(
                "meta",
                "name",
                "description",
                "content",
                t.get("report.pdf.description", t.municipality(h), h.year(), t.date(h.evaluationDate())));
        x.empty("meta", "name", "author", "content", "Måltavla");
        x.empty("meta", "name", "keywords", "content", t.get("report.pdf.keywords"));
        bookmarks(x, t, report);
        x.element("style", PDF_STYLE + pageStyle(t, h));
        x.close("head").open("body");
        x.markup(content(report, t));
        return x.close("body").close("html").toString();
    }

    /** The PDF's outline: the sections, with the areas and nämnder under theirs. */
    private static void bookmarks(Xhtml x, ReportTexts t, YearEndReport report) {
        x.open("bookmarks");
        x.empty("bookmark", "name", t.get("report.summary"), "href", "#" + SummarySection.ID);
        x.open(
                "bookmark",
                "name",
                t.get("report.areas." + Cells.areaKind(report.summary().areaType())),
                "href",
                "#" + AreaSection.ID);
        for (int i = 0; i < report.areas().size(); i++) {
            AreaPart area = report.areas().get(i);
            x.empty(
                    "bookmark",
                    "name",
                    Cells.named(area.element().code(), area.element().name()),
                    "href",
                    "#" + AreaSection.id(i));
        }
        x.close("bookmark");
        x.open("bookmark", "name", t.get("report.committees"), "href", "#" + CommitteeSection.ID);
        for (int i = 0; i < report.committees().size(); i++) {
            CommitteePart committee = report.committees().get(i);
            x.empty("bookmark", "name", committee.row().name(), "href", "#" + CommitteeSection.id(i));
        }
        x.close("bookmark");
        if (!report.otherTexts().isEmpty()) {
            x.empty("bookmark", "name", t.get("report.othertexts"), "href", "#berattelser");
        }
        x.empty("bookmark", "name", t.get("report.activities"), "href", "#" + ActivitySection.ID);
        x.empty("bookmark", "name", t.get("report.unassessed"), "href", "#" + AssessmentSection.NOT_ASSESSED);
        x.empty("bookmark", "name", t.get("report.risk"), "href", "#" + AssessmentSection.AT_RISK);
        x.empty("bookmark", "name", t.get("report.rules"), "href", "#" + AppendixSection.RULES);
        x.empty("bookmark", "name", t.get("report.indicators"), "href", "#" + AppendixSection.INDICATORS);
        x.close("bookmarks");
    }

    /** The page's margin boxes: whose report on every page, the page number, and "Utkast" on every page of a draft. */
    private static String pageStyle(ReportTexts t, ReportHeading h) {
        String box = "font-family: 'DejaVu Sans'; font-size: 7.5pt; color: #3f4a57; content: ";
        StringBuilder css = new StringBuilder("@page { @bottom-left { ")
                .append(box)
                .append(cssString(TitleSection.footer(t, h)))
                .append("; } @bottom-right { ")
                .append(box)
                .append(cssString(t.get("report.page.before") + " "))
                .append(" counter(page) ")
                .append(cssString(" " + t.get("report.page.of") + " "))
                .append(" counter(pages); } ");
        if (h.draft()) {
            css.append(
                            "@top-center { font-family: 'DejaVu Sans'; font-size: 11pt; font-weight: bold; color: #a11d1d; content: ")
                    .append(cssString(t.get("report.draft.stamp")))
                    .append("; } ");
        }
        return css.append("}\n").toString();
    }

    /** A CSS string literal: quotes and backslashes escaped, line breaks and control characters left out. */
    static String cssString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c >= 0x20 && c != 0x7f) {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String style(String resource) {
        try (InputStream in = ReportDocument.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The style sheet " + resource + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
