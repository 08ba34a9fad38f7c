package se.maltavla.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An indicator of a plan year with the fields of its plan row (docs/import-contract.md §3) and its values.
 *
 * @param goalCode its goal's code ({@code mal_kod}), with {@code goalText} ({@code mal})
 * @param type {@code tal} or {@code ja_nej}
 * @param direction {@code oka} or {@code minska} for a {@code tal} indicator; null for a milestone
 * @param targetNumber the target of a {@code tal} indicator; {@code targetYes} that of a milestone
 * @param targetDateGiven whether {@code maldatum} was written in the file (else it is Y-12-31)
 * @param anchored {@code forankrad}: true/false as written, null when empty; {@code anchoredOn} its date if one was given
 * @param reported {@code rapporterad}, likewise with {@code reportedOn}
 * @param goalLinks its goal's {@code kopplingar}
 * @param perspectives the codes of its {@code perspektiv}
 * @param source the plan row it was last imported from; null when unknown
 * @param values every value measured for it, oldest period first
 */
public record Indicator(
        long id,
        int year,
        String code,
        String name,
        String goalCode,
        String goalText,
        String committee,
        String unit,
        String type,
        String direction,
        BigDecimal baseline,
        BigDecimal targetNumber,
        Boolean targetYes,
        LocalDate targetDate,
        boolean targetDateGiven,
        BigDecimal weight,
        String owner,
        String executor,
        Boolean anchored,
        LocalDate anchoredOn,
        Boolean reported,
        LocalDate reportedOn,
        List<String> goalLinks,
        List<String> perspectives,
        SourceLine source,
        List<Measurement> values) {

    public Indicator {
        goalLinks = List.copyOf(goalLinks);
        perspectives = List.copyOf(perspectives);
        values = List.copyOf(values);
    }
}
