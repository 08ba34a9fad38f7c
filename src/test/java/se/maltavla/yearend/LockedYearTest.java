package se.maltavla.yearend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import se.maltavla.fulfilment.FulfilmentService;
import se.maltavla.fulfilment.LockedYear;
import se.maltavla.support.ImportTestBase;

/**
 * What the dashboard asks of a plan year, {@link FulfilmentService#locked}: answered by the year-end
 * feature's snapshots through the fulfilment feature's port, with the version in force, its locked
 * date and when it was locked; nothing for a year never locked or reopened.
 */
@WithMockUser(username = "koordinatorn", roles = "COORDINATOR")
class LockedYearTest extends ImportTestBase {

    @Autowired
    YearEndService yearEnd;

    @Autowired
    FulfilmentService fulfilment;

    @Test
    void a_locked_year_is_known_with_its_version_date_and_time_and_a_reopened_one_is_not() {
        importStrategyAndPlan();
        assertThat(fulfilment.locked("1081", 2016)).as("never locked").isEmpty();

        OffsetDateTime before = OffsetDateTime.now().minusSeconds(1);
        YearEndVersion first = yearEnd.lock("1081", 2016, LocalDate.of(2016, 8, 31));

        LockedYear locked = fulfilment.locked("1081", 2016).orElseThrow();
        assertThat(locked.version()).isEqualTo(1);
        assertThat(locked.evaluationDate()).isEqualTo(LocalDate.of(2016, 8, 31));
        assertThat(locked.lockedAt()).isEqualTo(first.lockedAt()).isAfter(before);
        assertThat(fulfilment.locked("1081", 2017)).as("another plan year").isEmpty();
        assertThat(fulfilment.locked("1384", 2016)).as("another municipality").isEmpty();

        yearEnd.reopen("1081", 2016, "Fel värde");
        assertThat(fulfilment.locked("1081", 2016)).as("reopened").isEmpty();

        yearEnd.lock("1081", 2016, null);
        LockedYear second = fulfilment.locked("1081", 2016).orElseThrow();
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.evaluationDate()).isEqualTo(LocalDate.of(2016, 12, 31));
    }
}
