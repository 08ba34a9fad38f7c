package se.maltavla.dataimport.strategy;

import java.time.LocalDate;
import java.util.List;

/** One validated strategi row, before its links are resolved. */
record StrategyRow(
        int fileIndex,
        long fileId,
        long line,
        String municipality,
        String strategy,
        String type,
        String code,
        String name,
        String description,
        List<String> links,
        String linksAsWritten,
        String group,
        LocalDate validFrom,
        LocalDate validTo,
        String adopted) {

    String strategyKey() {
        return municipality + "|" + strategy.toLowerCase(java.util.Locale.ROOT);
    }

    String codeKey() {
        return code.toLowerCase(java.util.Locale.ROOT);
    }

    boolean isStrategy() {
        return type.equals(StrategyRowParser.STRATEGY);
    }
}
