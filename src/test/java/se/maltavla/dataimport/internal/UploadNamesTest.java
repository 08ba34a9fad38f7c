package se.maltavla.dataimport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UploadNamesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "utfall-2017-T3.csv | utfall-2017-T3.csv",
                "Utfall 2017 (T3).CSV | Utfall-2017-T3.csv",
                "../../etc/passwd.csv | passwd.csv",
                "C:\\Users\\anna\\Skrivbord\\utfall.csv | utfall.csv",
                "/tmp/../inbox/handlingsplan.csv | handlingsplan.csv",
                ".hidden.csv | hidden.csv",
                "~$utfall.csv | utfall.csv",
                "...csv | fil.csv",
                ".csv | fil.csv",
                "berättelse Växjö.csv | berättelse-Växjö.csv",
                "a;b:c*d?e<f>g\"h.csv | a-b-c-d-e-f-g-h.csv",
                "utfall..2017.csv | utfall.2017.csv",
                "  utfall.csv  | utfall.csv",
                "Utfall KS 2017.XLSX | Utfall-KS-2017.xlsx",
                "makron.xlsm | makron.xlsm",
            })
    void keeps_only_the_file_name_and_safe_characters(String given, String expected) {
        assertThat(UploadNames.sanitise(given)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"utfall.xls", "utfall.xlsb", "utfall.ods", "utfall.csv.exe", "utfall", "utfall.txt", "csv", ""})
    void refuses_a_name_that_is_neither_csv_nor_xlsx(String given) {
        assertThat(UploadNames.sanitise(given)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void drops_control_and_direction_characters_that_could_disguise_the_name() {
        assertThat(UploadNames.sanitise("utfall\u0000\n\t.csv")).contains("utfall.csv");
        // "utfall\u202Evsc.exe" shows as "utfallexe.csv" but is an .exe: refused once the override is gone
        assertThat(UploadNames.sanitise("utfall\u202Evsc.exe")).isEmpty();
        assertThat(UploadNames.sanitise("ut\u202Efall.csv")).contains("utfall.csv");
        assertThat(UploadNames.sanitise(null)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void keeps_a_name_short_and_numbers_a_taken_one() {
        String stored = UploadNames.sanitise("x".repeat(300) + ".csv").orElseThrow();
        assertThat(stored).hasSize(UploadNames.MAX_STEM + 4).endsWith(".csv");
        assertThat(UploadNames.sanitise("e\u0301.csv")).as("composed to NFC").contains("\u00e9.csv");
        assertThat(UploadNames.numbered("utfall.csv", 1)).isEqualTo("utfall.csv");
        assertThat(UploadNames.numbered("utfall.csv", 3)).isEqualTo("utfall-3.csv");
        assertThat(UploadNames.numbered("utfall.xlsx", 2)).isEqualTo("utfall-2.xlsx");
    }
}
