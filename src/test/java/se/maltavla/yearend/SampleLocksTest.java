package se.maltavla.yearend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.test.context.support.WithMockUser;
import se.maltavla.dataimport.SampleDataImported;
import se.maltavla.support.ImportTestBase;

/** A new user sees a locked year at once: the first start locks Ronneby 2016 and leaves 2017 open (issue 11). */
class SampleLocksTest extends ImportTestBase {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    YearEndService yearEnd;

    @Test
    @WithMockUser(roles = "VIEWER")
    void the_first_start_locks_ronneby_2016_and_leaves_2017_open() {
        inbox.copySamples("ronneby");
        run();

        events.publishEvent(new SampleDataImported(List.of("kungsbacka", "ronneby")));

        YearEndState locked = yearEnd.state("1081", 2016);
        assertThat(locked.locked()).isTrue();
        assertThat(locked.lockedVersion().orElseThrow().lockedBy()).isEqualTo("Måltavla (exempeldata)");
        assertThat(locked.lockedVersion().orElseThrow().evaluationDate()).hasToString("2016-12-31");
        assertThat(yearEnd.state("1081", 2017).locked()).isFalse();
    }
}
