package se.maltavla.fulfilment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.maltavla.support.ImportTestBase;

/** Trend forecast, guideline check and lineage (docs/fulfilment.md §5) as stored and served. */
class BeyondTheFigureTest extends ImportTestBase {

    private static final String PLAN =
            "kommun;namnd;ar;mal_kod;mal;indikator_kod;indikator;typ;riktning;utgangsvarde;malvarde;maldatum;agare;utforare;forankrad;rapporterad;kopplingar";

    @Autowired
    FulfilmentService fulfilment;

    private ResultRow indicator(PlanYearResults results, String code) {
        return results.rows(Level.INDIKATOR).stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_steady_trend_is_projected_to_the_target_date() {
        writeStrategy();
        inbox.write(
                "handlingsplan.csv",
                PLAN,
                "1081;Kommunstyrelsen;2016;M1;Fler EU-projekt;I1;Antal projekt;tal;oka;0;12;2016-12-31;KS;Kansliet;ja;ja;PO1");
        // 2 by 30 April, 4 by 31 August: 2 per tertial, 6 by year end (of a target of 12: 50 %).
        inbox.write("utfall.csv", UTFALL_HEADER, "1081;I1;2016-T1;2", "1081;I1;2016-T2;4");
        run();

        ResultRow row = indicator(fulfilment.results("1081", 2016, LocalDate.of(2016, 9, 15)), "I1");

        IndicatorFigures.Forecast forecast = row.indicator().forecast();
        assertThat(forecast).isNotNull();
        // slope = 2 / 123 days; 2016-08-31 → 2016-12-31 is 122 days: 4 + 2·122/123
        assertThat(forecast.value())
                .isEqualByComparingTo(new java.math.BigDecimal("4")
                        .add(new java.math.BigDecimal(244)
                                .divide(new java.math.BigDecimal(123), java.math.MathContext.DECIMAL128)));
        assertThat(forecast.status().code()).isEqualTo("risk");
        assertThat(row.indicator().targetDate()).isEqualTo(LocalDate.of(2016, 12, 31));
    }

    @Test
    void a_trend_reaching_the_target_is_on_track() {
        writeStrategy();
        inbox.write(
                "handlingsplan.csv",
                PLAN,
                "1081;Kommunstyrelsen;2016;M1;Fler EU-projekt;I1;Antal projekt;tal;oka;0;10;2016-12-31;KS;Kansliet;ja;ja;PO1");
        inbox.write("utfall.csv", UTFALL_HEADER, "1081;I1;2016-T1;4", "1081;I1;2016-T2;8");
        run();

        ResultRow row = indicator(fulfilment.results("1081", 2016, LocalDate.of(2016, 12, 31)), "I1");

        assertThat(row.indicator().forecast().status().code()).isEqualTo("pa_vag");
    }

    @Test
    void one_value_gives_no_forecast() {
        importStrategyAndPlan();
        inbox.write("utfall.csv", UTFALL_HEADER, "1081;I1;2016-T1;4");
        run();

        assertThat(indicator(fulfilment.results("1081", 2016, LocalDate.of(2016, 12, 31)), "I1")
                        .indicator()
                        .forecast())
                .isNull();
    }

    @Test
    void every_value_used_names_its_file_and_line() {
        importStrategyAndPlan();
        inbox.write("utfall-t1.csv", UTFALL_HEADER, "1081;I2;2016-T1;nej", "1081;I1;2016-T1;4");
        run();

        ResultRow row = indicator(fulfilment.results("1081", 2016, LocalDate.of(2016, 12, 31)), "I1");

        assertThat(row.indicator().source().fileName()).isEqualTo("utfall-t1.csv");
        assertThat(row.indicator().source().line()).isEqualTo(3);
        assertThat(row.indicator().valuePeriod()).isEqualTo("2016-T1");
    }

    @Test
    void the_guideline_check_counts_goals_per_committee_and_priority_area() {
        writeStrategy();
        inbox.write(
                "handlingsplan.csv",
                PLAN,
                "1081;Kommunstyrelsen;2016;M1;Fler EU-projekt;I1;Antal projekt;tal;oka;0;10;2016-06-30;KS;Kansliet;2016-02-01;ja;PO1",
                "1081;Kommunstyrelsen;2016;M2;Fler utbyten;I2;Antal utbyten;tal;oka;;5;;KS;;nej;;PO1",
                "1081;Socialnämnden;2016;M3;Ansök om medel;I3;Ansökan klar;ja_nej;;;ja;2016-05-31;SN;SN;ja;ja;FM1");
        run();

        GuidelineReport report = fulfilment.guidelines("1081", 2016);

        GuidelineReport.Group ks = report.committees().stream()
                .filter(g -> g.name().equals("Kommunstyrelsen"))
                .findFirst()
                .orElseThrow();
        assertThat(ks.shares().share(GuidelineCriterion.OWNER).shown()).isEqualTo("100,0");
        assertThat(ks.shares().share(GuidelineCriterion.EXECUTOR).shown())
                .as("M2 has no executor")
                .isEqualTo("50,0");
        assertThat(ks.shares().share(GuidelineCriterion.BASELINE).shown())
                .as("M2 has no baseline")
                .isEqualTo("50,0");
        assertThat(ks.shares().share(GuidelineCriterion.TARGET_DATE).shown())
                .as("M2's target date is the default")
                .isEqualTo("50,0");
        GuidelineReport.Group priorityArea = report.elements().stream()
                .filter(g -> g.code().equals("PO1"))
                .findFirst()
                .orElseThrow();
        assertThat(priorityArea.shares().subjects()).isEqualTo(2);
        assertThat(priorityArea.shares().allMet().shown()).isEqualTo("50,0");
        GuidelineReport.Group councilGoal = report.elements().stream()
                .filter(g -> g.code().equals("FM1"))
                .findFirst()
                .orElseThrow();
        assertThat(councilGoal.shares().subjects())
                .as("M1, M2 through PO1 → FM1, and M3 directly")
                .isEqualTo(3);
        assertThat(report.breaches()).extracting(GuidelineReport.Breach::code).containsExactly("M2");
        assertThat(report.breaches().getFirst().failed())
                .contains(
                        GuidelineCriterion.EXECUTOR,
                        GuidelineCriterion.ANCHORED,
                        GuidelineCriterion.REPORTED,
                        GuidelineCriterion.BASELINE,
                        GuidelineCriterion.TARGET_DATE);
    }
}
