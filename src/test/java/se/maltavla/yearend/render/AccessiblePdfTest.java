package se.maltavla.yearend.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.maltavla.support.PdfConformance;

/** The PDF route of the year-end's documents: tagged, embedded font, PDF/UA-1 and PDF/A-3u by veraPDF. */
class AccessiblePdfTest {

    private static final String DOCUMENT = """
            <!DOCTYPE html>
            <html lang="sv" xmlns="http://www.w3.org/1999/xhtml">
            <head><title>Uppföljning av internationell strategi, årsbokslut 2017</title>
            <meta name="subject" content="Ronneby kommun"/>
            <bookmarks><bookmark name="Sammanfattning" href="#sammanfattning"/><bookmark name="Hållbara städer" href="#po-hs"/></bookmarks>
            <style>body { font-family: 'DejaVu Sans'; font-size: 11pt; } th { text-align: left; }</style>
            </head>
            <body>
            <h1>Uppföljning av internationell strategi, årsbokslut 2017</h1>
            <h2 id="sammanfattning">Sammanfattning</h2>
            <p>4 av 15 mål uppfyllda, 6 delvis, 3 ej uppfyllda. Elbląg (PL), Klaipėda (LT), Kalmar: ąęłńśźż ėįųūčšž āēīķļņ.</p>
            <h2 id="po-hs">Hållbara städer</h2>
            <table><caption>Mål som bidrar</caption>
            <thead><tr><th scope="col">Nämnd</th><th scope="col">Mål</th><th scope="col">Status</th></tr></thead>
            <tbody><tr><th scope="row">Kommunstyrelsen</th><td>Fler EU-projekt</td><td>✔ Uppfyllt</td></tr></tbody></table>
            <figure><img alt="Stapeldiagram: måluppfyllelse per mål" src="data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIxMDAiIGhlaWdodD0iNTAiPjxyZWN0IHdpZHRoPSI2MCIgaGVpZ2h0PSIyMCIgZmlsbD0iIzJhNyIvPjwvc3ZnPg=="/>
            <figcaption>Diagram 1</figcaption></figure>
            </body></html>
            """;

    @Test
    void a_document_with_headings_a_table_and_a_chart_conforms_to_pdf_ua_and_pdf_a() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        AccessiblePdf.write(DOCUMENT, out);

        byte[] pdf = out.toByteArray();
        java.nio.file.Files.write(java.nio.file.Path.of("target/accessible-pdf-test.pdf"), pdf);
        assertThat(PdfConformance.pdfUa(pdf)).isEmpty();
        assertThat(PdfConformance.pdfA(pdf)).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("4 av 15 mål uppfyllda", "Elbląg (PL), Klaipėda (LT)", "ąęłńśźż ėįųūčšž āēīķļņ");
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Uppföljning av internationell strategi, årsbokslut 2017");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("sv");
            assertThat(document.getDocumentCatalog().getDocumentOutline().children())
                    .hasSize(2);
        }
    }
}
