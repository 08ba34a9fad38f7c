package se.maltavla.dataimport;

/**
 * A rejected row with what it was about, as written in it (trimmed; null when the file has no
 * such column, the cell is empty, or the row was rejected before Måltavla kept these).
 *
 * @param municipality the row's kommun
 * @param code the code that names the row's subject: indikator_kod (utfall, handlingsplan),
 *     aktivitet_kod (aktiviteter) or kod (strategi, berattelse)
 * @param period the row's period (utfall) or year (ar: handlingsplan, berattelse)
 */
public record RejectedRow(Rejection rejection, String municipality, String code, String period) {

    /** A rejection of which nothing more is known. */
    public static RejectedRow of(Rejection rejection) {
        return new RejectedRow(rejection, null, null, null);
    }
}
