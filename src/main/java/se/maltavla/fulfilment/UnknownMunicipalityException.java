package se.maltavla.fulfilment;

/** A municipality code that names no municipality with a strategy. */
public class UnknownMunicipalityException extends RuntimeException {

    public UnknownMunicipalityException(String municipality) {
        super("No municipality " + municipality + " with a strategy");
    }
}
