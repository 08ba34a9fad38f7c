package se.maltavla.yearend.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import se.maltavla.strategy.Municipality;
import se.maltavla.strategy.StrategyService;

/** A municipality as people name it ("Ronneby"): its name when Måltavla knows it, else its code. */
@Component
class MunicipalityNames {

    private final StrategyService strategies;

    MunicipalityNames(StrategyService strategies) {
        this.strategies = strategies;
    }

    /** Empty for a municipality Måltavla does not hold. */
    Optional<String> of(String code) {
        return strategies.municipality(code).map(MunicipalityNames::name);
    }

    private static String name(Municipality municipality) {
        return municipality.name() == null || municipality.name().isBlank() ? municipality.code() : municipality.name();
    }
}
