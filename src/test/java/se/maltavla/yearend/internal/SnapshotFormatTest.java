package se.maltavla.yearend.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.maltavla.support.ImportTestBase;
import se.maltavla.yearend.Snapshot;
import se.maltavla.yearend.YearEndService;

/**
 * A snapshot stored by one Måltavla is read whole by a later one (docs/year-end.md, "Lock"): a field
 * the later one no longer has is ignored, one it added is left empty, and nothing else moves.
 */
@WithMockUser(username = "koordinatorn", roles = "COORDINATOR")
class SnapshotFormatTest extends ImportTestBase {

    @Autowired
    YearEndService yearEnd;

    @Test
    void a_stored_snapshot_is_read_whole_whatever_fields_came_and_went_since() {
        importStrategyAndPlan();
        inbox.write("utfall.csv", UTFALL_HEADER, "1081;I1;2016-T3;6", "1081;I2;2016-T3;ja");
        assertThat(run().exitStatus()).isZero();
        yearEnd.lock("1081", 2016, null);
        Snapshot stored = yearEnd.snapshot("1081", 2016, 1).orElseThrow();
        String json = SnapshotJson.write(stored);
        assertThat(SnapshotJson.read(json)).as("read back as written").isEqualTo(stored);

        // An older Måltavla's fields (at the top and inside the results), and no municipalityName yet.
        String older = json.replaceFirst("\\{", "{\"retiredField\":\"x\",\"retiredList\":[1,2],")
                .replaceFirst("\"results\":\\{", "\"results\":{\"retiredNested\":{\"a\":1},")
                .replaceFirst("\"municipalityName\":\"[^\"]*\",", "");
        assertThat(older).doesNotContain("municipalityName").contains("retiredNested");

        Snapshot read = SnapshotJson.read(older);

        assertThat(read.municipalityName())
                .as("a field added since is left empty")
                .isNull();
        assertThat(read)
                .usingRecursiveComparison()
                .ignoringFields("municipalityName")
                .isEqualTo(stored);
        assertThat(read.results().rows())
                .isNotEmpty()
                .isEqualTo(stored.results().rows());
    }
}
