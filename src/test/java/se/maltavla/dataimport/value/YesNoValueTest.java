package se.maltavla.dataimport.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.maltavla.shared.InvalidValueException;

class YesNoValueTest {

    @ParameterizedTest
    @ValueSource(strings = {"ja", "yes", "1", "x", "JA", "Ja", "YES", "X", " ja ", "\u00A0x"})
    void reads_yes_words_as_true(String raw) {
        assertThat(YesNoValue.parse(raw)).isTrue();
        assertThat(YesNoValue.isYesNoWord(raw)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nej", "no", "0", "NEJ", "Nej", "No", " nej "})
    void reads_no_words_as_false(String raw) {
        assertThat(YesNoValue.parse(raw)).isFalse();
        assertThat(YesNoValue.isYesNoWord(raw)).isTrue();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void empty_cell_is_missing_and_not_a_word(String raw) {
        assertThat(YesNoValue.parse(raw)).isNull();
        assertThat(YesNoValue.isYesNoWord(raw)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"j", "n", "true", "false", "2", "1,0", "ja!", "jaa", "nej tack", "2016-02-15", "-"})
    void rejects_other_words(String raw) {
        assertThatThrownBy(() -> YesNoValue.parse(raw))
                .as(raw)
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.reasonKey()).isEqualTo("value.yesno"));
        assertThat(YesNoValue.isYesNoWord(raw)).isFalse();
    }

    @Test
    void a_date_is_not_a_yes_no_word() {
        // forankrad takes a date or a yes/no word: the caller asks which one it is
        assertThat(YesNoValue.isYesNoWord("2016-02-15")).isFalse();
    }
}
