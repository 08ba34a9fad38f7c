package se.maltavla.activity;

import java.util.List;

/** A municipality's international activities as imported: the public API of the activity feature; read only. */
public interface ActivityService {

    /**
     * The activities running at some time during plan year {@code year}: started by Y-12-31
     * (or without a start date) and not ended before Y-01-01 (or without an end date), the
     * same activities the guideline check counts; by type, then code.
     */
    List<Activity> activities(String municipality, int year);
}
