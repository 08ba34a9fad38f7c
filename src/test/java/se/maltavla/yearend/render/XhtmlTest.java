package se.maltavla.yearend.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The report's markup: whatever a file says is written as text, never as markup (the page shows it as it is). */
class XhtmlTest {

    @Test
    void text_and_attributes_from_the_files_are_escaped() {
        Xhtml x = new Xhtml();
        x.open("p", "title", "\"><script>alert(1)</script>")
                .text("<img src=x onerror=alert(1)> & 'Höyanger'")
                .close("p");

        assertThat(x.toString())
                .isEqualTo("<p title=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\">"
                        + "&lt;img src=x onerror=alert(1)&gt; &amp; &#39;Höyanger&#39;</p>");
    }

    @Test
    void characters_xml_does_not_allow_are_left_out_and_a_crlf_is_one_line_break() {
        Xhtml x = new Xhtml();
        x.text("a\u0000b\u0007c\r\nd\uFFFEe");

        assertThat(x.toString()).isEqualTo("abc\nde");
    }

    @Test
    void an_attribute_without_a_value_is_left_out() {
        assertThat(new Xhtml().empty("img", "alt", "Karta", "class", null).toString())
                .isEqualTo("<img alt=\"Karta\"/>");
    }
}
