package se.maltavla.fulfilment.calculator;

/** riktning of a number indicator: higher is better (öka) or lower is better (minska). */
public enum Direction {
    OKA, MINSKA
}
