package se.maltavla.yearend.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.maltavla.fulfilment.FulfilmentService;
import se.maltavla.support.ImportTestBase;
import se.maltavla.support.PdfConformance;
import se.maltavla.support.TaggedPdf;
import se.maltavla.yearend.Snapshot;
import se.maltavla.yearend.YearEndReports;
import se.maltavla.yearend.YearEndService;

/**
 * The written report (issue 11 §3) of both sample municipalities, in Swedish and English: PDF/UA-1
 * and PDF/A-3u by veraPDF; tagged headings, tables with header cells, figures with alt text, the
 * language, title and bookmarks; and every figure the same as the results export of the same
 * snapshot. The PDFs are left in target/year-end/ to be looked at.
 */
@WithMockUser(username = "koordinatorn", roles = "COORDINATOR")
class WrittenReportTest extends ImportTestBase {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    @Autowired
    YearEndService yearEnd;

    @Autowired
    YearEndReports reports;

    @Autowired
    FulfilmentService fulfilment;

    private void importSamples(String municipality) {
        inbox.copySamples(municipality);
        assertThat(run().exitStatus()).isZero();
    }

    private byte[] pdf(Snapshot snapshot, Locale language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.pdf(snapshot, language, out);
        Path file = Path.of(
                "target",
                "year-end",
                snapshot.municipality() + "-" + snapshot.year() + "-"
                        + (snapshot.draft() ? "utkast" : "v" + snapshot.version()) + "-" + language.getLanguage()
                        + ".pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, out.toByteArray());
        return out.toByteArray();
    }

    private void assertLockedReport(
            String municipality, String name, int year, String title, List<String> bookmarks, int areas)
            throws IOException {
        yearEnd.lock(municipality, year, null);
        Snapshot snapshot = yearEnd.forDocuments(municipality, year, null);
        StringWriter export = new StringWriter();
        fulfilment.exportResults(municipality, year, snapshot.evaluationDate(), export);

        for (Locale language : List.of(SWEDISH, Locale.ENGLISH)) {
            byte[] pdf = pdf(snapshot, language);

            assertThat(PdfConformance.pdfUa(pdf)).as("PDF/UA-1, " + language).isEmpty();
            assertThat(PdfConformance.pdfA(pdf)).as("PDF/A-3u, " + language).isEmpty();
            TaggedPdf.Node tags = TaggedPdf.read(pdf);
            new ExportedFigures(tags, language).assertSameAs(ExportedFigures.parse(export.toString()), snapshot);
            assertStructure(pdf, tags, language, areas);
            assertThat(firstPage(pdf))
                    .as("the title page names the municipality, " + language)
                    .contains(language == SWEDISH ? name + " kommun" : "Municipality of " + name)
                    .doesNotContain("Kommun " + municipality, "Municipality " + municipality);
            if (language == SWEDISH) {
                try (PDDocument document = Loader.loadPDF(pdf)) {
                    assertThat(document.getDocumentInformation().getTitle()).isEqualTo(title);
                    assertThat(tags.all("H1").getFirst().text()).isEqualTo(title);
                    assertThat(titles(document)).containsExactlyElementsOf(bookmarks);
                }
            }
        }
    }

    private static String firstPage(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(1);
            text.setEndPage(1);
            return text.getText(document);
        }
    }

    /** Language, headings in order, header cells, alt text on every chart and the map. */
    private static void assertStructure(byte[] pdf, TaggedPdf.Node tags, Locale language, int areas)
            throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(language.getLanguage());
            assertThat(document.getDocumentCatalog()
                            .getDocumentOutline()
                            .children()
                            .iterator()
                            .next()
                            .children())
                    .as("the first bookmark is the summary, without children")
                    .isEmpty();
        }
        List<TaggedPdf.Node> headings = tags.find(n -> n.type().matches("H[1-6]"));
        assertThat(headings.getFirst().type()).isEqualTo("H1");
        List<TaggedPdf.Node> figures = tags.all("Figure");
        assertThat(figures)
                .as("a chart per area, the map and the funding chart")
                .hasSize(areas + 2);
        figures.forEach(f -> assertThat(f.alt()).as("alt text").isNotBlank());
        assertThat(figures)
                .extracting(TaggedPdf.Node::alt)
                .anyMatch(alt -> alt.startsWith(
                        language.getLanguage().equals("en") ? "Bar chart: budget" : "Stapeldiagram: budget"));
        assertThat(figures)
                .extracting(TaggedPdf.Node::alt)
                .anyMatch(alt ->
                        alt.startsWith(language.getLanguage().equals("en") ? "Map of Europe" : "Karta över Europa"));
        for (TaggedPdf.Node table : tags.all("Table")) {
            assertThat(table.all("TH"))
                    .as("header cells in " + table.text().substring(0, 40))
                    .isNotEmpty();
        }
    }

    private static List<String> titles(PDDocument document) {
        List<String> titles = new ArrayList<>();
        for (PDOutlineItem item :
                document.getDocumentCatalog().getDocumentOutline().children()) {
            List<String> children = new ArrayList<>();
            item.children().forEach(c -> children.add(c.getTitle()));
            titles.add(item.getTitle() + (children.isEmpty() ? "" : " " + children));
        }
        return titles;
    }

    @Test
    void ronnebys_locked_report_conforms_and_shows_the_snapshots_figures_in_swedish_and_english() throws IOException {
        importSamples("ronneby");

        assertLockedReport(
                "1081",
                "Ronneby",
                2017,
                "Uppföljning av internationell strategi, årsbokslut 2017",
                List.of(
                        "Sammanfattning",
                        "Prioriterade områden [PO-HS Hållbara städer, PO-AA Aktivt åldrande, PO-MK Den moderna kurorten, "
                                + "PO-UNG Unga på väg, PO-MU Minskat utanförskap]",
                        "Nämnderna [AB Ronneby Helsobrunn, Kommunstyrelsen, Kultur- och fritidsnämnden, Miljö- och byggnadsnämnden, "
                                + "Ronneby Miljö & Teknik AB, Socialnämnden, Utbildningsnämnden, Vård- och omsorgsnämnden]",
                        "Övriga berättelser",
                        "Internationella aktiviteter",
                        "Det som inte kunde bedömas",
                        "Mål i riskzonen enligt prognosen",
                        "Bilaga A. Så beräknas siffrorna",
                        "Bilaga B. Alla indikatorer"),
                5);
    }

    @Test
    void kungsbackas_report_is_by_pillar() throws IOException {
        importSamples("kungsbacka");

        assertLockedReport(
                "1384",
                "Kungsbacka",
                2020,
                "Uppföljning av internationell strategi, årsbokslut 2020",
                List.of(
                        "Sammanfattning",
                        "Grundpelare [GP-KONTAKT Internationella kontakter, GP-OMVARLD Omvärlds- och intressebevakning, "
                                + "GP-PROJEKT Transnationella utvecklingsprojekt]",
                        "Nämnderna [Förvaltningen för Förskola & Grundskola, Förvaltningen för Gymnasium & Vuxenutbildning, "
                                + "Förvaltningen för Teknik, Förvaltningen för Vård & Omsorg, Kommunstyrelsens förvaltning]",
                        "Internationella aktiviteter",
                        "Det som inte kunde bedömas",
                        "Mål i riskzonen enligt prognosen",
                        "Bilaga A. Så beräknas siffrorna",
                        "Bilaga B. Alla indikatorer"),
                3);
    }

    @Test
    void a_year_not_locked_gives_a_draft_that_says_so_on_every_page() throws IOException {
        importSamples("ronneby");

        Snapshot draft = yearEnd.forDocuments("1081", 2016, null);

        assertThat(draft.draft()).isTrue();
        for (Locale language : List.of(SWEDISH, Locale.ENGLISH)) {
            byte[] pdf = pdf(draft, language);
            assertThat(PdfConformance.pdfUa(pdf)).isEmpty();
            assertThat(PdfConformance.pdfA(pdf)).isEmpty();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(document.getNumberOfPages()).isGreaterThan(5);
                PDFTextStripper text = new PDFTextStripper();
                for (int page = 1; page <= document.getNumberOfPages(); page++) {
                    text.setStartPage(page);
                    text.setEndPage(page);
                    assertThat(text.getText(document))
                            .as("page " + page)
                            .contains(language == SWEDISH ? "Utkast – inte fastställt" : "Draft – not locked");
                }
            }
            assertThat(TaggedPdf.read(pdf).all("P").get(2).text())
                    .as("the title page says why")
                    .isEqualTo(
                            language == SWEDISH
                                    ? "Utkast: planåret 2016 är inte fastställt. Siffrorna gäller per 2016-12-31 och kan ändras när nya värden läses in."
                                    : "Draft: plan year 2016 is not locked. The figures are those at 2016-12-31 and may change when new values are imported.");
        }
    }
}
