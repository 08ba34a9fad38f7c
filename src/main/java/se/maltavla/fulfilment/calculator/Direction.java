package se.maltavla.fulfilment.calculator;

/** Which way a {@code tal} indicator should move ({@code riktning}). */
public enum Direction {
    /** {@code oka}: higher is better (the default). */
    OKA,
    /** {@code minska}: lower is better. */
    MINSKA
}
