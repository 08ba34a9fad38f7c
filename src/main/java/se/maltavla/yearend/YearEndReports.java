package se.maltavla.yearend;

import java.io.OutputStream;
import java.util.Locale;

/**
 * The written report, "Uppföljning av internationell strategi, årsbokslut YEAR" (docs/year-end.md,
 * "The written report"), made from a snapshot only: as an accessible PDF (PDF/UA-1, PDF/A-3u) and
 * as the same content for a page of the app. Swedish by default, English on request. Get the
 * snapshot from {@link YearEndService#forDocuments}, which checks who asks.
 */
public interface YearEndReports {

    /** The report's content as an XHTML fragment (one {@code <div>}) for a page: the same as the PDF's. */
    String html(Snapshot snapshot, Locale language);

    /**
     * The report for a page of the app whose own h1 is the report's title: the same content as the
     * PDF's, without its h1. Every text of the snapshot in it is escaped.
     */
    ReportPage page(Snapshot snapshot, Locale language);

    /**
     * @param title "Uppföljning av internationell strategi, årsbokslut 2017", in the report's language
     * @param html the content as an XHTML fragment (one {@code <div>} with the report's {@code lang})
     */
    record ReportPage(String title, String html) {}

    /** The report as a PDF; a draft (a year not locked) says "Utkast" on every page. */
    void pdf(Snapshot snapshot, Locale language, OutputStream out);

    /** The PDF's file name: {@code arsbokslut-1081-2017-v1.pdf}, {@code arsbokslut-1081-2017-utkast.pdf}. */
    static String fileName(Snapshot snapshot) {
        return "arsbokslut-" + snapshot.municipality() + "-" + snapshot.year() + "-"
                + (snapshot.draft() ? "utkast" : "v" + snapshot.version()) + ".pdf";
    }
}
