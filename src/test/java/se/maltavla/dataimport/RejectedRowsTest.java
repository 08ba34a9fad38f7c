package se.maltavla.dataimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import se.maltavla.support.ImportTestBase;

/** A file's rejected rows for the Import view: searched, paged, streamed; read by any signed-in user. */
@WithMockUser(roles = "VIEWER")
class RejectedRowsTest extends ImportTestBase {

    private long fileId;

    /** 30 rows: every third (lines 2, 5, 8 … 29) rejected for a letter in the value, line 31 for an unknown indicator. */
    @BeforeEach
    void aFileWithManyRejections() {
        importStrategyAndPlan();
        List<String> lines = new ArrayList<>();
        lines.add(UTFALL_HEADER);
        IntStream.range(0, 29)
                .forEach(i -> lines.add(
                        i % 3 == 0
                                ? "1081;I1;2016-" + String.format("%02d", i % 12 + 1) + ";" + i + " st"
                                : "1081;I1;2016;" + i));
        lines.add("1081;X9;2016-T1;4");
        inbox.write("utfall.csv", lines.toArray(String[]::new));
        fileId = file(run(), "utfall.csv").fileId();
    }

    @Test
    void lists_the_rows_in_line_order_page_by_page() {
        assertThat(imports.countRejections(fileId, null)).isEqualTo(11);
        assertThat(imports.rejections(fileId, "", 0, 4))
                .extracting(Rejection::line)
                .containsExactly(2L, 5L, 8L, 11L);
        assertThat(imports.rejections(fileId, " ", 8, 10))
                .extracting(Rejection::line)
                .containsExactly(26L, 29L, 31L);
        Rejection last = imports.rejections(fileId, null, 10, 1).getFirst();
        assertThat(last.column()).isEqualTo("indikator_kod");
        assertThat(last.value()).isEqualTo("X9");
        assertThat(last.reason()).isEqualTo(Reasons.unknownIndicator("X9", 2016, "1081"));
    }

    @Test
    void finds_rows_by_any_word_in_line_column_value_or_reason() {
        assertThat(imports.rejections(fileId, "x9", 0, 50))
                .extracting(Rejection::line)
                .as("value, any case")
                .containsExactly(31L);
        assertThat(imports.rejections(fileId, "INDIKATOR_KOD", 0, 50))
                .extracting(Rejection::line)
                .as("column")
                .containsExactly(31L);
        assertThat(imports.rejections(fileId, "handlingsplanen", 0, 50))
                .extracting(Rejection::line)
                .as("reason")
                .containsExactly(31L);
        assertThat(imports.rejections(fileId, "29", 0, 50))
                .extracting(Rejection::line)
                .as("line")
                .containsExactly(29L);
        assertThat(imports.countRejections(fileId, "tal st"))
                .as("every word must occur")
                .isEqualTo(10);
        assertThat(imports.countRejections(fileId, "tal X9")).isZero();
        assertThat(imports.rejections(fileId, "21", 0, 50))
                .extracting(Rejection::value)
                .containsExactly("21 st");
    }

    @Test
    void takes_search_text_literally() {
        assertThat(imports.countRejections(fileId, "%"))
                .as("in the number reason's example")
                .isEqualTo(10);
        assertThat(imports.countRejections(fileId, "%%")).as("not a wildcard").isZero();
        assertThat(imports.countRejections(fileId, "_"))
                .as("only in the column name")
                .isEqualTo(1);
        assertThat(imports.countRejections(fileId, "'; drop table rejected_row; --"))
                .isZero();
        assertThat(imports.countRejections(fileId, null)).isEqualTo(11);
    }

    @Test
    void streams_every_matching_row_for_the_export() {
        List<Long> lines = new ArrayList<>();
        imports.forEachRejection(fileId, "tal", r -> lines.add(r.line()));
        assertThat(lines).containsExactly(2L, 5L, 8L, 11L, 14L, 17L, 20L, 23L, 26L, 29L);
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void a_coordinator_reads_them_too() {
        assertThat(imports.countRejections(fileId, "")).isEqualTo(11);
    }

    @Test
    void nobody_signed_in_reads_nothing() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> imports.countRejections(fileId, ""))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
