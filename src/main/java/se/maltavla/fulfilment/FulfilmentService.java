package se.maltavla.fulfilment;

import java.io.Writer;
import java.time.LocalDate;

/** Goal fulfilment (fulfilment.md): the public API of the fulfilment feature. */
public interface FulfilmentService {

    /** The default evaluation date for plan year {@code year}: Y-12-31 for a past year, else today in Sweden. */
    LocalDate defaultEvaluationDate(int year);

    /**
     * Writes the results export (import-format.md §9) for a municipality's plan year evaluated
     * at {@code date}.
     *
     * @throws UnknownMunicipalityException when the municipality has no strategy
     */
    void exportResults(String municipality, int year, LocalDate date, Writer out);
}
