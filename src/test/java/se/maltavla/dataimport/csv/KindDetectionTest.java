package se.maltavla.dataimport.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A file's kind from its header (docs/import-contract.md §1), the file name only a hint. */
class KindDetectionTest {

    private static Header header(String line) {
        return new Header(List.of(line.split(";", -1)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "strategi | kommun;strategi;typ;kod;namn;kopplingar",
                "handlingsplan | kommun;namnd;ar;mal_kod;mal;indikator_kod;indikator;typ;malvarde",
                "utfall | kommun;indikator_kod;period;varde",
                "berattelse | kommun;ar;kod;text",
                "aktiviteter | kommun;aktivitet_kod;typ;namn;land",
                "handlingsplan | Kommun;Nämnd;År;Mål kod;Mål;Indikator-kod;Indikator;TYP;Målvärde;UTGÅNGS VÄRDE",
                "handlingsplan | municipality;committee;year;goal_code;goal;indicator_code;indicator;type;target",
                "utfall | municipality;indicator_code;period;value;comment",
                "aktiviteter | kommun;aktivitetskod;typ;namn",
            })
    void recognises_each_kind_by_its_header_whatever_the_file_name(String kind, String header) {
        KindDetection detection = KindDetection.detect(header(header), "export 2016.csv");
        assertThat(detection.recognised()).isTrue();
        assertThat(detection.kind().code()).isEqualTo(kind);
    }

    @Test
    void the_file_name_does_not_override_the_header() {
        assertThat(KindDetection.detect(header("kommun;indikator_kod;period;varde"), "strategi.csv")
                        .kind())
                .isEqualTo(FileKind.UTFALL);
    }

    @Test
    void where_several_kinds_match_the_file_name_prefix_decides() {
        // Both strategi (kommun, strategi, typ, kod, namn) and aktiviteter (kommun, aktivitet_kod, typ, namn) match.
        Header both = header("kommun;strategi;typ;kod;namn;aktivitet_kod");
        assertThat(KindDetection.detect(both, "aktiviteter-2016.csv").kind()).isEqualTo(FileKind.AKTIVITETER);
        assertThat(KindDetection.detect(both, "Strategi.csv").kind()).isEqualTo(FileKind.STRATEGI);
    }

    @Test
    void where_several_kinds_match_without_a_hint_the_most_specific_wins() {
        // strategi (5 required) and berattelse (kommun, ar, kod, text: 4 required) both match.
        Header both = header("kommun;strategi;typ;kod;namn;ar;text");
        assertThat(KindDetection.detect(both, "data.csv").kind()).isEqualTo(FileKind.STRATEGI);
        assertThat(KindDetection.detect(both, "berattelse.csv").kind()).isEqualTo(FileKind.BERATTELSE);
    }

    @Test
    void an_unknown_header_names_the_closest_kind_and_its_missing_columns() {
        KindDetection detection = KindDetection.detect(header("kommun;indikator;period;varde"), "data.csv");
        assertThat(detection.recognised()).isFalse();
        assertThat(detection.closest()).isEqualTo(FileKind.UTFALL);
        assertThat(detection.missing()).containsExactly("indikatorkod");
    }

    @Test
    void for_an_unknown_header_the_file_name_hint_picks_the_closest_kind() {
        KindDetection detection = KindDetection.detect(header("kommun;namnd;ar;mal_kod;mal"), "handlingsplan.csv");
        assertThat(detection.closest()).isEqualTo(FileKind.HANDLINGSPLAN);
        assertThat(detection.missing()).containsExactly("indikatorkod", "indikator", "typ", "malvarde");
    }

    @Test
    void a_header_sharing_nothing_still_gets_a_closest_kind() {
        KindDetection detection = KindDetection.detect(header("foo;bar"), "x.csv");
        assertThat(detection.recognised()).isFalse();
        assertThat(detection.closest()).isNotNull();
        assertThat(detection.missing()).isEqualTo(detection.closest().requiredColumns());
    }

    @Test
    void unknown_extra_columns_are_listed_as_written() {
        Header h = header("kommun;indikator_kod;period;varde;Anteckning;extra kolumn");
        assertThat(h.unknownColumns(FileKind.UTFALL)).containsExactly("Anteckning", "extra kolumn");
        assertThat(h.writtenName("indikatorkod")).isEqualTo("indikator_kod");
    }

    @Test
    void folded_names_that_coincide_are_duplicates() {
        assertThat(header("kommun;Mål kod;mal_kod").duplicates()).containsExactly("mal_kod");
    }
}
