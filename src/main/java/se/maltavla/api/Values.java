package se.maltavla.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/** How the API writes the values of the files: as the files and the results export write them. */
final class Values {

    private static final String YES_NO = "ja_nej";

    private Values() {}

    /** {@code ja}, {@code nej} or null. */
    static String yesNo(Boolean yes) {
        return yes == null ? null : yes ? "ja" : "nej";
    }

    /** A value or target of an indicator: the number of a {@code tal} one, {@code ja}/{@code nej} for a milestone. */
    static Object value(String type, BigDecimal number, Boolean yes) {
        return YES_NO.equals(type) ? yesNo(yes) : number;
    }

    /** {@code forankrad}, {@code rapporterad}: the date when one was given, else {@code ja}/{@code nej}, else null. */
    static String dateOrYesNo(Boolean done, LocalDate on) {
        return on != null ? on.toString() : yesNo(done);
    }

    /** An unrounded figure, exactly, as a string (a JSON number would be read as a binary float). */
    static String exact(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
