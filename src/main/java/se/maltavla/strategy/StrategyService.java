package se.maltavla.strategy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Strategies and what hangs under them: the public API of the strategy feature; read only. */
public interface StrategyService {

    /** Each strategy with the counts of what hangs under it, by municipality and start. */
    List<StrategyOverview> overview();

    /**
     * The name of each municipality's strategy, by municipality code: of several, the one that
     * starts last. One light query (no counts, unlike {@link #overview()}), for choosers that
     * name municipalities by their strategy.
     */
    Map<String, String> strategyNames();

    /** Every municipality that has a strategy, by code. */
    List<Municipality> municipalities();

    /** The municipality with this four-digit code, if Måltavla holds it. */
    Optional<Municipality> municipality(String code);

    /** Whether one of the municipality's strategies is valid in (part of) {@code year}; one without dates always is. */
    boolean covers(String municipality, int year);

    /** The municipality's strategies, oldest first, each with its elements and their links. */
    List<Strategy> strategies(String municipality);
}
