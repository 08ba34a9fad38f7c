package se.maltavla.yearend.slides;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.maltavla.activity.Activity;
import se.maltavla.dataimport.ImportService;
import se.maltavla.fulfilment.ForecastStatus;
import se.maltavla.fulfilment.Level;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.fulfilment.Status;
import se.maltavla.support.DatabaseTest;
import se.maltavla.support.PdfConformance;
import se.maltavla.support.SampleData;
import se.maltavla.yearend.Snapshot;
import se.maltavla.yearend.YearEndService;

/**
 * The presentation as a PDF for the council's document portal (issue 11, section 4): one 16:9 page
 * per slide, PDF/UA-1 and PDF/A-3u by veraPDF in Swedish and English, nothing running into a page's
 * footer, and every figure on it equal to the snapshot's (read back from the PDF's text and
 * compared with figures taken from the snapshot here, not from the slides' own code).
 */
@WithMockUser(username = "koordinator", roles = "COORDINATOR")
class SlidesPdfTest extends DatabaseTest {

    @Autowired
    ImportService imports;

    @Autowired
    YearEndService yearEnd;

    @Autowired
    Presentation presentation;

    @Test
    void ronnebys_locked_year_in_swedish_and_english() throws Exception {
        SampleData.importInto(imports);
        yearEnd.lock("1081", 2016, null);
        Snapshot snapshot = yearEnd.forDocuments("1081", 2016, null);
        assertThat(snapshot.version()).isEqualTo(1);

        check(snapshot, Locale.forLanguageTag("sv"), "ronneby-2016-sv");
        check(snapshot, Locale.ENGLISH, "ronneby-2016-en");
    }

    @Test
    void kungsbackas_draft_in_swedish_and_english() throws Exception {
        SampleData.importInto(imports);
        Snapshot snapshot = yearEnd.forDocuments("1384", 2020, null);
        assertThat(snapshot.draft()).isTrue();

        check(snapshot, Locale.forLanguageTag("sv"), "kungsbacka-2020-sv");
        check(snapshot, Locale.ENGLISH, "kungsbacka-2020-en");
    }

    private void check(Snapshot snapshot, Locale language, String name) throws Exception {
        boolean swedish = language.getLanguage().equals("sv");
        SlideDeck deck = presentation.deck(snapshot, language);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        presentation.writePdf(deck, out);
        byte[] pdf = out.toByteArray();
        Files.createDirectories(Path.of("target/slides"));
        Files.write(Path.of("target/slides/" + name + ".pdf"), pdf);

        assertThat(PdfConformance.pdfUa(pdf)).as("PDF/UA-1 " + name).isEmpty();
        assertThat(PdfConformance.pdfA(pdf)).as("PDF/A-3u " + name).isEmpty();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PdfPages pages = new PdfPages(document);
            assertThat(pages.count())
                    .as("one page per slide")
                    .isEqualTo(deck.slides().size());
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(language.getLanguage());
            assertThat(document.getDocumentInformation().getTitle())
                    .as("the presentation's title names the municipality")
                    .endsWith(" – " + (snapshot.municipality().equals("1081") ? "Ronneby" : "Kungsbacka"));
            assertThat(document.getDocumentCatalog().getDocumentOutline().children())
                    .hasSize(deck.slides().size());
            assertThat(document.getPage(0).getMediaBox().getWidth()
                            / document.getPage(0).getMediaBox().getHeight())
                    .as("16:9")
                    .isCloseTo(16f / 9f, org.assertj.core.data.Offset.offset(0.001f));
            String stamp = snapshot.draft()
                    ? (swedish ? "Utkast · utvärderat per " : "Draft · evaluated as of ") + snapshot.evaluationDate()
                    : (swedish ? "Fastställd " : "Locked ");
            for (int page = 1; page <= pages.count(); page++) {
                assertThat(pages.text(page)).as("page " + page).contains(stamp, page + " / " + pages.count());
                assertThat(pages.textIntoFooter(page))
                        .as("text running into the footer on page " + page)
                        .isEmpty();
            }

            ResultRow municipality = snapshot.results().municipalityRow();
            String numbers = pages.text(2);
            assertThat(numbers)
                    .contains(
                            percent(municipality.fulfilmentPercent(), language),
                            municipality.indicatorsWithValue()
                                    + (swedish ? " av " : " of ")
                                    + municipality.indicators());
            // The tiles, read row by row: the counts in the statuses' order, then their words.
            String counts = java.util.Arrays.stream(Status.values())
                    .map(status -> String.valueOf(snapshot.results().rows(Level.MAL).stream()
                            .filter(g -> g.status() == status)
                            .count()))
                    .collect(Collectors.joining(" "));
            assertThat(numbers)
                    .contains(snapshot.results().rows(Level.MAL).size() + (swedish ? " mål hos " : " goals of ")
                            + snapshot.results().rows(Level.NAMND).size() + (swedish ? " nämnder " : " committees ")
                            + counts + " ✔ "
                            + word(Status.UPPFYLLT, swedish).split(" ")[0] + " ◐ "
                            + word(Status.DELVIS, swedish).split(" ")[0]);

            List<ResultRow> areas = snapshot.results().rows(Level.ELEMENT).stream()
                    .filter(e -> e.type()
                            .equals(snapshot.municipality().equals("1384") ? "grundpelare" : "prioriterat_omrade"))
                    .toList();
            assertThat(areas).isNotEmpty();
            for (int i = 0; i < areas.size(); i++) {
                ResultRow area = areas.get(i);
                String text = pages.text(3 + i);
                assertThat(text)
                        .as(area.code())
                        .contains(
                                area.name(),
                                percent(area.fulfilmentPercent(), language),
                                area.indicatorsWithValue() + (swedish ? " av " : " of ") + area.indicators());
                // The chart is a picture (its figures are its alternative text); the goals that carry the area or
                // hold it back are written with their figure.
                List<ResultRow> named = contributors(snapshot, area).stream()
                        .filter(g -> g.fulfilmentPercent() != null && text.contains(g.code() + " "))
                        .toList();
                assertThat(named).as("goals named on " + area.code()).isNotEmpty();
                named.forEach(goal -> assertThat(text)
                        .as(goal.code())
                        .contains(percent(goal.fulfilmentPercent(), language) + " " + goal.code()));
            }

            int committeesPage = 3 + areas.size();
            String committees = pages.streamText(committeesPage);
            for (ResultRow committee : snapshot.results().rows(Level.NAMND)) {
                assertThat(committees)
                        .as(committee.name())
                        .contains(
                                committee.name(),
                                percent(committee.fulfilmentPercent(), language),
                                committee.indicatorsWithValue() + (swedish ? " av " : " of ") + committee.indicators());
            }

            String activities = pages.text(committeesPage + 1);
            assertThat(activities).contains(snapshot.activities().size() + (swedish ? " aktiviteter" : " activities"));
            String funding = pages.text(committeesPage + 2);
            BigDecimal budget = snapshot.activities().stream()
                    .map(Activity::budgetSek)
                    .filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal external = snapshot.activities().stream()
                    .map(Activity::externalFundingSek)
                    .filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(funding).contains(kronor(budget, swedish), kronor(external, swedish));

            long atRisk = goalsAtRisk(snapshot).size();
            assertThat(pages.text(committeesPage + 3))
                    .contains(atRisk
                            + (swedish ? " mål av " : atRisk == 1 ? " goal of " : " goals of ")
                            + snapshot.results().rows(Level.MAL).size());
            assertThat(pages.text(committeesPage + 4))
                    .contains((municipality.indicators() - municipality.indicatorsWithValue())
                            + (swedish ? " av " : " of ")
                            + municipality.indicators());
        }
    }

    private static List<ResultRow> contributors(Snapshot snapshot, ResultRow element) {
        Set<Long> ids = snapshot.results().contributors().get(element.subjectId());
        return snapshot.results().rows(Level.MAL).stream()
                .filter(g -> ids.contains(g.subjectId()))
                .toList();
    }

    private static Set<Long> goalsAtRisk(Snapshot snapshot) {
        return snapshot.results().rows(Level.INDIKATOR).stream()
                .filter(i -> i.indicator() != null
                        && i.indicator().forecast() != null
                        && i.indicator().forecast().status() == ForecastStatus.AT_RISK)
                .map(ResultRow::parentId)
                .collect(Collectors.toSet());
    }

    /** "74,9 %" / "74.9 %" from the snapshot's rounded figure. */
    private static String percent(BigDecimal percent, Locale language) {
        String number = percent.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
        return (language.getLanguage().equals("sv") ? number.replace('.', ',') : number) + " %";
    }

    private static String kronor(BigDecimal amount, boolean swedish) {
        String grouped = String.format(
                Locale.ROOT,
                "%,d",
                amount.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
        return swedish ? grouped.replace(',', ' ') + " kr" : "SEK " + grouped;
    }

    private static String word(Status status, boolean swedish) {
        return switch (status) {
            case UPPFYLLT -> swedish ? "uppfyllda" : "met";
            case DELVIS -> swedish ? "delvis uppfyllda" : "partly met";
            case EJ_UPPFYLLT -> swedish ? "ej uppfyllda" : "not met";
            case SAKNAS -> swedish ? "saknar värde" : "without a value";
            case EJ_MATBAR -> swedish ? "inte mätbara" : "not measurable";
        };
    }
}
