package se.maltavla.activity;

import java.math.BigDecimal;
import java.util.List;

/** Activities for tests that need no database. */
public final class TestActivities {

    private TestActivities() {}

    /** A project named "Aktivitet CODE" of Kommunstyrelsen; amounts as text, null when not given. */
    public static Activity activity(
            long id, String code, String partner, String country, String budget, String funding) {
        return new Activity(
                id,
                code,
                ActivityType.PROJECT,
                "Aktivitet " + code,
                "Kommunstyrelsen",
                partner,
                Partner.parse(partner, country),
                country,
                null,
                null,
                budget == null ? null : new BigDecimal(budget),
                funding == null ? null : new BigDecimal(funding),
                null,
                null,
                null,
                List.of(),
                List.of(),
                null,
                null);
    }
}
