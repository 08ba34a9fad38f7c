package se.maltavla.fulfilment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.maltavla.support.ImportTestBase;

/**
 * The sample municipalities' figures, checked by hand in sample-data/README.md, as the results
 * export (docs/import-contract.md §9) writes them and Swedish Excel reads them back.
 */
class SampleResultsExportTest extends ImportTestBase {

    @Autowired
    FulfilmentService fulfilment;

    private Map<String, CSVRecord> export(String municipality, int year) throws Exception {
        StringWriter out = new StringWriter();
        fulfilment.exportResults(municipality, year, LocalDate.of(year, 12, 31), out);
        String text = out.toString();
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text.substring(1)))
                .getRecords();
        Map<String, CSVRecord> byKey = new HashMap<>();
        rows.forEach(r -> byKey.put(r.get("niva") + ":" + r.get("kod"), r));
        return byKey;
    }

    private static String figure(CSVRecord r) {
        return r.get("uppfyllelse_procent") + " " + r.get("status");
    }

    @Test
    void ronneby_2017_goals_in_every_status_as_computed_by_hand() throws Exception {
        inbox.copySamples("ronneby");
        run();
        Map<String, CSVRecord> rows = export("1081", 2017);

        assertThat(figure(rows.get("mal:KFN-17-2")))
                .as("(1,2−1,1)/(1,3−1,1) exactly")
                .isEqualTo("50,0 delvis");
        assertThat(figure(rows.get("mal:KS-17-1"))).as("(2·1 + 1·0,8)/3").isEqualTo("93,3 delvis");
        assertThat(figure(rows.get("mal:MBN-17-1"))).isEqualTo("70,0 delvis");
        assertThat(figure(rows.get("mal:UN-17-2"))).isEqualTo("100,0 uppfyllt");
        assertThat(figure(rows.get("mal:UN-17-1"))).isEqualTo("40,0 ej_uppfyllt");
        assertThat(figure(rows.get("mal:SN-17-2"))).isEqualTo(" saknas");
        assertThat(figure(rows.get("mal:MBN-17-2"))).isEqualTo(" ej_matbar");
        assertThat(rows.get("indikator:KFN-17-2.1").get("varde")).isEqualTo("1,2");
        assertThat(rows.get("indikator:KFN-17-2.1").get("utgangsvarde")).isEqualTo("1,1");
        assertThat(rows.get("indikator:KFN-17-2.1").get("malvarde")).isEqualTo("1,3");
    }

    @Test
    void ronneby_2017_hallbara_stader_and_what_it_serves_through_links() throws Exception {
        inbox.copySamples("ronneby");
        run();
        Map<String, CSVRecord> rows = export("1081", 2017);

        assertThat(figure(rows.get("element:PO-HS"))).isEqualTo("81,1 delvis");
        assertThat(figure(rows.get("element:EUSBSR-HAVET")))
                .as("Rädda havet, through Klart vatten i havet")
                .isEqualTo("81,1 delvis");
        assertThat(rows.get("element:FM-BOENDE").get("uppfyllelse_procent")).isNotEmpty();
        assertThat(rows.get("element:E2020-RESURS").get("uppfyllelse_procent")).isNotEmpty();
        assertThat(figure(rows.get("kommun:1081"))).isEqualTo("74,9 delvis");
        assertThat(rows.get("kommun:1081").get("namn"))
                .isEqualTo("Internationell strategi för Ronneby kommun 2016-2017");
    }

    @Test
    void kungsbacka_2020_pillars() throws Exception {
        inbox.copySamples("kungsbacka");
        run();
        Map<String, CSVRecord> rows = export("1384", 2020);

        assertThat(figure(rows.get("element:GP-KONTAKT"))).isEqualTo("58,3 delvis");
        assertThat(figure(rows.get("element:GP-OMVARLD"))).isEqualTo("91,7 delvis");
        assertThat(figure(rows.get("element:GP-PROJEKT"))).isEqualTo("73,3 delvis");
        assertThat(figure(rows.get("kommun:1384"))).isEqualTo("71,0 delvis");
    }
}
