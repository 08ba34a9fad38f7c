package se.maltavla.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.maltavla.dataimport.ImportRunResult;
import se.maltavla.support.ImportTestBase;

class StrategyNamesTest extends ImportTestBase {

    @Autowired
    StrategyService strategies;

    @Test
    void names_each_municipality_by_its_strategy_that_starts_last_as_the_overview_does() {
        importStrategies(
                "strategi-2016.csv", "1081;S1;strategi;S1;Internationell strategi 2016–2017;;2016-01-01;2017-12-31");
        importStrategies(
                "strategi-2018.csv", "1081;S2;strategi;S2;Internationell strategi 2018–2020;;2018-01-01;2020-12-31");
        importStrategies("strategi-kungsbacka.csv", "1384;K1;strategi;K1;Kungsbackas strategi;;2014-01-01;2020-12-31");

        Map<String, String> names = strategies.strategyNames();

        assertThat(names)
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("1081", "Internationell strategi 2018–2020", "1384", "Kungsbackas strategi"));
        assertThat(names)
                .isEqualTo(strategies.overview().stream()
                        .collect(Collectors.toMap(
                                StrategyOverview::municipalityCode, StrategyOverview::strategyName, (a, b) -> b)));
    }

    private void importStrategies(String file, String row) {
        inbox.write(file, STRATEGY_HEADER, row);
        ImportRunResult result = run();
        assertThat(result.exitStatus()).as(result.toString()).isZero();
    }
}
