package se.maltavla.dataimport.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CodeListTest {

    @Test
    void splits_on_pipe_comma_and_semicolon() {
        assertThat(CodeList.parse("PO-HS|FM-BOENDE")).containsExactly("PO-HS", "FM-BOENDE");
        assertThat(CodeList.parse("PO-HS,FM-BOENDE")).containsExactly("PO-HS", "FM-BOENDE");
        assertThat(CodeList.parse("PO-HS;FM-BOENDE")).containsExactly("PO-HS", "FM-BOENDE");
        assertThat(CodeList.parse("A|B,C;D")).containsExactly("A", "B", "C", "D");
    }

    @Test
    void ignores_spaces_around_codes() {
        assertThat(CodeList.parse("  OM4 | PO-UNGA\u00A0;\tP-JAM ")).containsExactly("OM4", "PO-UNGA", "P-JAM");
    }

    @Test
    void keeps_spaces_inside_a_code() {
        assertThat(CodeList.parse("Rädda havet|Klart vatten")).containsExactly("Rädda havet", "Klart vatten");
    }

    @Test
    void drops_empty_entries() {
        assertThat(CodeList.parse("|A||B;;,C|")).containsExactly("A", "B", "C");
    }

    @Test
    void keeps_the_order_written() {
        assertThat(CodeList.parse("C|A|B")).containsExactly("C", "A", "B");
    }

    @Test
    void removes_case_insensitive_duplicates_keeping_the_first_spelling() {
        assertThat(CodeList.parse("po-hs|OM4|PO-HS|om4|Po-Hs")).containsExactly("po-hs", "OM4");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "|", " ; , | "})
    void empty_cell_gives_an_empty_list(String raw) {
        assertThat(CodeList.parse(raw)).isEmpty();
    }

    @Test
    void the_list_is_unmodifiable() {
        assertThatThrownBy(() -> CodeList.parse("A").add("B")).isInstanceOf(UnsupportedOperationException.class);
    }
}
