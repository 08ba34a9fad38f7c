package se.maltavla.yearend.ui;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** When something happened, as people in Sweden read it. */
final class Dates {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Dates() {}

    /** The day in Sweden: "2018-02-10". */
    static String day(OffsetDateTime at) {
        return at == null ? "–" : at.atZoneSameInstant(SWEDEN).toLocalDate().toString();
    }

    /** The day and time in Sweden: "2018-02-10 14:03". */
    static String dayAndTime(OffsetDateTime at) {
        return at == null ? "–" : at.atZoneSameInstant(SWEDEN).format(DATE_TIME);
    }
}
