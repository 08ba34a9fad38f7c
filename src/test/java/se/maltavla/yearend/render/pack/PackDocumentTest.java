package se.maltavla.yearend.render.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.test.context.support.WithMockUser;
import se.maltavla.shared.i18n.Messages;
import se.maltavla.support.ImportTestBase;
import se.maltavla.support.PdfConformance;
import se.maltavla.yearend.SteeringPack;
import se.maltavla.yearend.YearEndService;
import se.maltavla.yearend.render.AccessiblePdf;

/** The steering group's pack as a PDF: accessible (PDF/UA-1, PDF/A-3u) and saying what changed, in Swedish and English. */
@WithMockUser(roles = "VIEWER")
class PackDocumentTest extends ImportTestBase {

    @Autowired
    YearEndService yearEnd;

    @Autowired
    MessageSource messages;

    private byte[] pdf(SteeringPack pack, java.util.Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AccessiblePdf.write(new PackDocument(messages, locale).document(pack), out);
        return out.toByteArray();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void ronnebys_pack_between_two_tertials_passes_verapdf_and_lists_what_changed_in_both_languages() throws Exception {
        inbox.copySamples("ronneby");
        run();
        SteeringPack pack = yearEnd.changes("1081", 2017, LocalDate.of(2017, 4, 30), LocalDate.of(2017, 8, 31));

        byte[] swedish = pdf(pack, Messages.SWEDISH);
        byte[] english = pdf(pack, java.util.Locale.ENGLISH);
        Files.write(Path.of("target/pack-ronneby-2017-sv.pdf"), swedish);
        Files.write(Path.of("target/pack-ronneby-2017-en.pdf"), english);

        assertThat(PdfConformance.pdfUa(swedish)).isEmpty();
        assertThat(PdfConformance.pdfA(swedish)).isEmpty();
        assertThat(PdfConformance.pdfUa(english)).isEmpty();
        String sv = text(swedish);
        assertThat(sv)
                .contains(
                        "Förändringar sedan förra mötet",
                        "planår 2017 · från 2017-04-30 till 2017-08-31",
                        "Mål som har bytt status",
                        "Nya värden per nämnd",
                        "Nämnder utan nya värden");
        for (SteeringPack.GoalChange goal : pack.statusChanged()) {
            assertThat(sv).contains(goal.code());
        }
        for (SteeringPack.CommitteeValues committee : pack.newValues()) {
            for (SteeringPack.NewValue value : committee.values()) {
                assertThat(sv).contains(value.indicatorCode() + " ");
            }
        }
        assertThat(text(english)).contains("Changes since the last meeting", "Goals whose status changed");
    }
}
