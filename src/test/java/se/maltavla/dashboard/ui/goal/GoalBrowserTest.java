package se.maltavla.dashboard.ui.goal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import se.maltavla.fulfilment.FulfilmentService;
import se.maltavla.fulfilment.Level;
import se.maltavla.fulfilment.ResultRow;
import se.maltavla.support.BrowserTest;
import se.maltavla.support.WebTestEnvironment;

/**
 * The goal and indicator views in Chromium over Ronneby's sample data: from the overview's
 * "Behöver uppmärksamhet" to goal KS-17-3, its number indicator (chart, values with their
 * source lines) and its milestone, in Swedish and in English, axe-checked on every view.
 */
class GoalBrowserTest extends BrowserTest {

    private static final By LANGUAGE = By.id("language");

    @Autowired
    FulfilmentService fulfilment;

    @Test
    void the_coordinator_goes_from_the_overview_to_a_goal_and_its_indicators_in_both_languages() throws Exception {
        logIn(COORDINATOR, WebTestEnvironment.COORDINATOR_PASSWORD);
        waitForText("Behöver uppmärksamhet");
        ResultRow goal = row(2017, Level.MAL, "KS-17-3");
        ResultRow visits = row(2017, Level.INDIKATOR, "KS-17-3.1");
        ResultRow agreement = row(2017, Level.INDIKATOR, "KS-17-3.2");

        click(By.cssSelector("#attention-not-met a[href='mal/" + goal.subjectId() + "']"));
        waitForText("Riktlinjer och SMART");
        assertThat(browser.getTitle()).isEqualTo("Mål KS-17-3 – Måltavla");
        assertThat(pageText())
                .contains(
                        "Vänortssamarbetet ska komma invånare, föreningar och företag till gagn",
                        "Kommunstyrelsen",
                        "Ej uppfyllt",
                        "PO-MK Den moderna kurorten – Prioriterat område, direkt kopplat",
                        "Antal vänortsbesök med deltagare från föreningar eller företag",
                        "Utförare: uppfylls inte",
                        "Ägare: uppfylls");
        checkView("goal-sv");

        click(By.cssSelector("#goal-indicator-table a[href='indikator/" + visits.subjectId() + "']"));
        waitForText("Källfil");
        assertThat(browser.getTitle()).isEqualTo("Indikator KS-17-3.1 – Måltavla");
        assertThat(pageText())
                .contains(
                        "Utfall mot mål",
                        "Risk: trenden når bara",
                        "utfall-2017-T3.csv",
                        "Används",
                        "Utgångsvärde",
                        "Prognos (trend)",
                        "juni 2017",
                        "6,5");
        assertThat(browser.findElements(By.cssSelector("#indicator-chart svg g.series-measured.marker")))
                .hasSize(3);
        checkView("indicator-sv");
        browser.executeScript("document.getElementById('indicator-chart').scrollIntoView({block: 'center'});");
        screenshot("indicator-chart-sv");
        // Selenium counts a link scrolled out of the layout's content area as invisible.
        browser.executeScript("document.getElementById('indicator').scrollIntoView({block: 'start'});");

        click(By.cssSelector("a[href='mal/" + goal.subjectId() + "']"));
        click(By.cssSelector("#goal-indicator-table a[href='indikator/" + agreement.subjectId() + "']"));
        waitForText("Ja/nej-indikatorn per period");
        assertThat(pageText()).contains("2017-T3 (t.o.m. 2017-12-31): nej", "Förhandlingarna med Slavsk har avstannat");
        checkView("indicator-milestone-sv");

        click(LANGUAGE);
        waitForText("The yes/no indicator per period");
        checkView("indicator-milestone-en");

        open("/indikator/" + visits.subjectId());
        waitForText("Source file");
        assertThat(pageText())
                .contains(
                        "Actual against target",
                        "At risk: the trend reaches only",
                        "Forecast (trend)",
                        "Jun 2017",
                        "6.5");
        checkView("indicator-en");

        open("/mal/" + goal.subjectId());
        waitForText("Guidelines and SMART");
        assertThat(pageText()).contains("Contributes to", "Not met", "Executor: not met", "Owner: met");
        checkView("goal-en");
    }

    @Test
    void a_goal_of_another_plan_year_gets_a_message_and_the_way_back() throws Exception {
        logIn(COORDINATOR, WebTestEnvironment.COORDINATOR_PASSWORD);
        waitForText("Behöver uppmärksamhet");
        ResultRow earlier = row(2016, Level.MAL, "KS-16-1");

        open("/mal/" + earlier.subjectId());
        waitForText("Målet finns inte");
        assertThat(pageText())
                .contains("Det finns inget mål med id " + earlier.subjectId() + " för kommun Ronneby, planår 2017");
        checkView("goal-not-found-sv");

        click(By.id("back-to-overview"));
        waitForText("Behöver uppmärksamhet");
    }

    private ResultRow row(int year, Level level, String code) {
        return fulfilment.results("1081", year, fulfilment.defaultEvaluationDate(year)).rows(level).stream()
                .filter(r -> code.equals(r.code()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(code + " not in " + year));
    }
}
