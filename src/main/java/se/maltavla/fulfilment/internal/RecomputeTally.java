package se.maltavla.fulfilment.internal;

/** What a recompute stored: plan years whose results were written, and the rows written. */
record RecomputeTally(int planYears, long rows) {

    static final RecomputeTally NONE = new RecomputeTally(0, 0);

    /** This and one more plan year stored, with {@code rows} rows written. */
    RecomputeTally plusPlanYear(long rows) {
        return new RecomputeTally(planYears + 1, this.rows + rows);
    }

    RecomputeTally plus(RecomputeTally other) {
        return new RecomputeTally(planYears + other.planYears, rows + other.rows);
    }
}
