package se.maltavla.yearend.render;

import java.io.OutputStream;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.maltavla.yearend.Snapshot;
import se.maltavla.yearend.YearEndReports;
import se.maltavla.yearend.content.YearEndReport;

/** The written report from a snapshot: its records ({@link YearEndReport}), then XHTML, then the PDF. */
@Component
class ReportRenderer implements YearEndReports {

    private final MessageSource messages;

    ReportRenderer(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public String html(Snapshot snapshot, Locale language) {
        return ReportDocument.content(YearEndReport.of(snapshot), new ReportTexts(messages, language));
    }

    @Override
    public ReportPage page(Snapshot snapshot, Locale language) {
        YearEndReport report = YearEndReport.of(snapshot);
        ReportTexts texts = new ReportTexts(messages, language);
        return new ReportPage(
                TitleSection.title(texts, report.heading()), ReportDocument.content(report, texts, false));
    }

    @Override
    public void pdf(Snapshot snapshot, Locale language, OutputStream out) {
        AccessiblePdf.write(
                ReportDocument.document(YearEndReport.of(snapshot), new ReportTexts(messages, language)), out);
    }
}
