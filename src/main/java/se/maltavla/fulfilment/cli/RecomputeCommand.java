package se.maltavla.fulfilment.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import se.maltavla.fulfilment.FulfilmentService;
import se.maltavla.fulfilment.RecomputeReport;

/**
 * {@code jobs/recompute}: recomputes every stored result (after an upgrade, or to be sure). Whoever
 * runs the server's commands acts as a coordinator, as with {@code jobs/import}.
 */
@Component
public class RecomputeCommand {

    private final FulfilmentService fulfilment;

    RecomputeCommand(FulfilmentService fulfilment) {
        this.fulfilment = fulfilment;
    }

    public int run(PrintStream out) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "jobs/recompute", null, AuthorityUtils.createAuthorityList("ROLE_COORDINATOR", "ROLE_VIEWER")));
        try {
            RecomputeReport report = fulfilment.recomputeAll();
            out.println(String.format(
                    Locale.ROOT,
                    "Goal fulfilment recomputed: %d plan years, %d result rows changed, %.1f s",
                    report.planYears(),
                    report.rows(),
                    report.took().toMillis() / 1000.0));
            return 0;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
