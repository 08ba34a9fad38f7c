package se.maltavla.api;

/** Where the API's resources are. */
final class ApiPaths {

    static final String V1 = "/api/v1";
    static final String MUNICIPALITY = V1 + "/municipalities/{kommun}";
    static final String PLAN_YEAR = MUNICIPALITY + "/years/{ar}";

    private ApiPaths() {}
}
