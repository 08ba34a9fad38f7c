package se.maltavla.actionplan;

import java.util.List;

/**
 * A goal (verksamhetsmål) of a plan year.
 *
 * @param committee the name of the nämnd whose plan holds it
 * @param strategy the code of the strategy it follows
 * @param links the codes of the strategy elements it contributes to ({@code kopplingar})
 * @param indicators the codes of its indicators
 * @param source the plan row that last set its text; null when unknown
 */
public record Goal(
        long id,
        int year,
        String code,
        String text,
        String committee,
        String strategy,
        List<String> links,
        List<String> indicators,
        SourceLine source) {

    public Goal {
        links = List.copyOf(links);
        indicators = List.copyOf(indicators);
    }
}
