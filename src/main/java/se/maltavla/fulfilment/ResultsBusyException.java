package se.maltavla.fulfilment;

/**
 * Results for a date not stored yet could not be stored because an import kept changing the
 * plan year while they were computed; asking again after the import has finished succeeds.
 */
public class ResultsBusyException extends RuntimeException {

    public ResultsBusyException(String municipality, int year) {
        super("The results of " + municipality + " " + year + " are being recomputed by an import; try again shortly");
    }
}
