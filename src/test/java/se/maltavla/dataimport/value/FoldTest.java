package se.maltavla.dataimport.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FoldTest {

    @ParameterizedTest
    @ValueSource(strings = {"Utgångsvärde", "utgangs_varde", "UTGÅNGS VÄRDE", "utgangsvarde", " Utgångs-värde "})
    void folds_the_spec_header_examples_to_one_name(String header) {
        assertThat(Fold.fold(header)).isEqualTo("utgangsvarde");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Målkod", "Mål kod", "mal_kod", "MÅL-KOD"})
    void folds_goal_code_spellings_to_one_name(String header) {
        assertThat(Fold.fold(header)).isEqualTo("malkod");
    }

    @ParameterizedTest
    @ValueSource(strings = {"prioriterat_område", "prioriterat omrade", "Prioriterat område", "PRIORITERAT_OMRÅDE"})
    void folds_fixed_words_like_header_names(String word) {
        assertThat(Fold.fold(word)).isEqualTo("prioriteratomrade");
    }

    @Test
    void folds_swedish_letters_in_both_cases() {
        assertThat(Fold.fold("åäöÅÄÖ")).isEqualTo("aaoaao");
        assertThat(Fold.fold("Växjö")).isEqualTo("vaxjo");
        assertThat(Fold.fold("övergripande_mål")).isEqualTo("overgripandemal");
    }

    @Test
    void folds_e_acute_and_u_umlaut_as_well() {
        assertThat(Fold.fold("Café Ümlaut")).isEqualTo("cafeumlaut");
    }

    @Test
    void folds_decomposed_letters_like_composed_ones() {
        // "a" + combining ring above, as a Mac may write "å"
        assertThat(Fold.fold("Ma\u030Alkod")).isEqualTo("malkod");
    }

    @Test
    void removes_no_break_and_narrow_no_break_spaces() {
        assertThat(Fold.fold("mål\u00A0kod")).isEqualTo("malkod");
        assertThat(Fold.fold("mål\u202Fkod")).isEqualTo("malkod");
    }

    @Test
    void removes_a_byte_order_mark_left_on_the_first_header() {
        assertThat(Fold.fold("\uFEFFkommun")).isEqualTo("kommun");
    }

    @Test
    void lower_cases_independently_of_the_default_locale() {
        // Locale.ROOT: in a Turkish locale "I" would become a dotless i
        assertThat(Fold.fold("INDIKATOR_KOD")).isEqualTo("indikatorkod");
    }

    @Test
    void keeps_other_characters() {
        assertThat(Fold.fold("Budget (SEK)")).isEqualTo("budget(sek)");
        assertThat(Fold.fold("ja/nej")).isEqualTo("ja/nej");
    }

    @Test
    void null_and_blank_fold_to_empty() {
        assertThat(Fold.fold(null)).isEmpty();
        assertThat(Fold.fold("  _-  ")).isEmpty();
    }
}
