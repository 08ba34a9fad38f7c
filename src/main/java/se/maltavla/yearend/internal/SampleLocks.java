package se.maltavla.yearend.internal;

import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import se.maltavla.dataimport.SampleDataImported;
import se.maltavla.yearend.YearEndException;
import se.maltavla.yearend.YearEndService;

/**
 * On the first start, once the samples are in, locks the sample plan years named by
 * {@code maltavla.year-end.sample-locks} (default {@code 1081:2016}: Ronneby 2016; Ronneby 2017 is
 * left open), so that a new user sees a locked year, its report and its presentation at once.
 */
@Component
class SampleLocks {

    private static final Logger LOG = LoggerFactory.getLogger(SampleLocks.class);
    static final String OPERATOR = "Måltavla (exempeldata)";

    private final YearEndService yearEnd;
    private final String locks;

    SampleLocks(YearEndService yearEnd, @Value("${maltavla.year-end.sample-locks:1081:2016}") String locks) {
        this.yearEnd = yearEnd;
        this.locks = locks;
    }

    @EventListener
    void on(SampleDataImported imported) {
        var before = SecurityContextHolder.getContext();
        var operator = SecurityContextHolder.createEmptyContext();
        operator.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                OPERATOR, null, AuthorityUtils.createAuthorityList("ROLE_COORDINATOR")));
        SecurityContextHolder.setContext(operator);
        try {
            Arrays.stream(locks.split(","))
                    .map(String::strip)
                    .filter(s -> s.contains(":"))
                    .forEach(this::lock);
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private void lock(String municipalityAndYear) {
        String[] parts = municipalityAndYear.split(":");
        try {
            var version = yearEnd.lock(parts[0], Integer.parseInt(parts[1]), null);
            LOG.info("Sample plan year {} locked (version {})", municipalityAndYear, version.version());
        } catch (YearEndException | NumberFormatException e) {
            LOG.info("Sample plan year {} not locked: {}", municipalityAndYear, e.getMessage());
        }
    }
}
