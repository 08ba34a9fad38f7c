package se.maltavla.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvalidValueExceptionTest {

    @Test
    void carries_reason_key_and_arguments() {
        InvalidValueException e = new InvalidValueException("value.word", "tal, ja_nej");
        assertThat(e.reasonKey()).isEqualTo("value.word");
        assertThat(e.args()).containsExactly("tal, ja_nej");
        assertThat(e).isInstanceOf(RuntimeException.class).hasMessageContaining("value.word");
    }

    @Test
    void has_no_arguments_when_none_are_given() {
        assertThat(new InvalidValueException("value.number").args()).isEmpty();
        assertThat(new InvalidValueException("value.number", (Object[]) null).args())
                .isEmpty();
    }

    @Test
    void arguments_cannot_be_changed_from_outside() {
        Object[] given = {"a"};
        InvalidValueException e = new InvalidValueException("value.word", given);
        given[0] = "b";
        e.args()[0] = "c";
        assertThat(e.args()).containsExactly("a");
    }
}
