package se.maltavla.yearend.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import se.maltavla.shared.municipality.SwedishMunicipalities;
import se.maltavla.shared.municipality.SwedishMunicipality;
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

    /** The code list's name (docs/municipalities.md); for a code not in it, the name Måltavla holds, else the code. */
    private static String name(Municipality municipality) {
        return SwedishMunicipalities.find(municipality.code())
                .map(SwedishMunicipality::name)
                .orElseGet(
                        () -> municipality.name() == null || municipality.name().isBlank()
                                ? municipality.code()
                                : municipality.name());
    }
}
