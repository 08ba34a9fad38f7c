package se.maltavla.dataimport;

import static org.assertj.core.api.Assertions.assertThat;
import static se.maltavla.db.Tables.*;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.maltavla.support.ImportTestBase;

/**
 * A ~50 MB utfall file of ~1.2 million rows (docs/import-contract.md §8.2: nothing silently dropped):
 * 500 indicators × 110 plan years × 22 periods a year, generated into the test's inbox.
 */
class LargeFileImportTest extends ImportTestBase {

    private static final int INDICATORS = 500;
    private static final int FIRST_YEAR = 1920;
    private static final int YEARS = 110;
    private static final String[] PERIODS = {
        "", "-H1", "-H2", "-T1", "-T2", "-T3", "-Q1", "-K2", "-Q3", "-Q4", "-01", "-02", "-03", "-04", "-05", "-06",
        "-07", "-08", "-09", "-10", "-11", "-12"
    };
    /** Every this many rows one has a bad value, and (another) one an empty value. */
    private static final int EVERY = 100_000;

    @Test
    void a_50_mb_file_of_1_2_million_rows_is_imported_with_every_row_accounted_for() throws IOException {
        inbox.write("strategi.csv", STRATEGY_HEADER, "1081;S1;strategi;S1;Strategi utan slutdatum;;;");
        writePlan();
        assertThat(run().exitStatus()).isZero();
        assertThat(db.fetchCount(INDICATOR)).isEqualTo(INDICATORS * YEARS);

        long[] expected = writeValues(inbox.root().resolve("utfall.csv"));
        long rows = expected[0];
        long rejected = expected[1];
        long empty = expected[2];
        long size = Files.size(inbox.root().resolve("utfall.csv"));
        assertThat(rows).isGreaterThan(1_200_000);
        assertThat(size).isBetween(45_000_000L, 60_000_000L);

        long start = System.nanoTime();
        ImportRunResult result = run();
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;

        FileResult file = file(result, "utfall.csv");
        assertThat(file.status()).isEqualTo(FileStatus.IMPORTED);
        assertThat(file.rowsRead()).isEqualTo(rows);
        assertThat(file.rowsRejected()).isEqualTo(rejected);
        assertThat(file.rowsUnchanged()).isEqualTo(empty);
        assertThat(file.rowsNew()).isEqualTo(rows - rejected - empty);
        assertThat(file.rowsUpdated()).isZero();
        assertThat(file.warnings()).containsExactly("Okända kolumner ignorerades: anteckning");
        assertThat(file.firstRejections()).first().isEqualTo(new Rejection(EVERY + 1, "varde", "fel", Reasons.NUMBER));
        assertThat(db.fetchCount(MEASUREMENT)).isEqualTo(rows - rejected - empty);
        assertThat(db.fetchCount(REJECTED_ROW)).isEqualTo(rejected);
        assertThat(result.exitStatus()).isEqualTo(2);
        assertThat(inbox.remaining()).isEmpty();
        System.out.printf("LargeFileImportTest: %d rows, %d bytes imported in %d s%n", rows, size, seconds);
    }

    /**
     * Deletes the values in slices, each its own transaction: one delete of 1.2 million rows would
     * hold them all in H2's undo log and exhaust the test JVM's heap (and the next test would fail).
     */
    @AfterEach
    void deleteValuesInSlices() {
        Long min = db.select(org.jooq.impl.DSL.min(MEASUREMENT.INDICATOR_ID))
                .from(MEASUREMENT)
                .fetchOne()
                .value1();
        Long max = db.select(org.jooq.impl.DSL.max(MEASUREMENT.INDICATOR_ID))
                .from(MEASUREMENT)
                .fetchOne()
                .value1();
        if (min == null) {
            return;
        }
        for (long from = min; from <= max; from += 2_000) {
            db.deleteFrom(MEASUREMENT)
                    .where(MEASUREMENT.INDICATOR_ID.between(from, from + 1_999))
                    .execute();
        }
    }

    /** The plan: one indicator per code and year, ten goals a year. */
    @Override
    protected void writePlan() {
        try (BufferedWriter out =
                Files.newBufferedWriter(inbox.root().resolve("handlingsplan.csv"), StandardCharsets.UTF_8)) {
            out.write("kommun;namnd;ar;mal_kod;mal;indikator_kod;indikator;typ;malvarde\r\n");
            for (int y = 0; y < YEARS; y++) {
                int year = FIRST_YEAR + y;
                for (int i = 0; i < INDICATORS; i++) {
                    int goal = i / 50;
                    out.write("1081;Nämnd " + goal + ";" + year + ";M" + goal + ";Mål " + goal + ";IND" + i
                            + ";Indikator " + i + ";tal;100\r\n");
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Writes the values, indicator by indicator; returns rows, rows with a bad value, rows with an empty one. */
    private static long[] writeValues(Path file) throws IOException {
        long rows = 0;
        long rejected = 0;
        long empty = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("kommun;indikator_kod;period;varde;anteckning\r\n");
            for (int i = 0; i < INDICATORS; i++) {
                for (int y = 0; y < YEARS; y++) {
                    int year = FIRST_YEAR + y;
                    for (String period : PERIODS) {
                        rows++;
                        String value;
                        if (rows % EVERY == 0) {
                            value = "fel";
                            rejected++;
                        } else if (rows % EVERY == EVERY / 2) {
                            value = "";
                            empty++;
                        } else {
                            value = (rows % 1000) + "," + (rows % 10);
                        }
                        out.write("1081;IND" + i + ";" + year + period + ";" + value + ";kontrollerad\r\n");
                    }
                }
            }
        }
        return new long[] {rows, rejected, empty};
    }
}
