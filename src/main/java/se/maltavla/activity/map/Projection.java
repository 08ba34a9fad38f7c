package se.maltavla.activity.map;

/**
 * Lambert azimuthal equal-area projection centred on Europe (as the EU's own maps use, EPSG:3035
 * centres on 10°E 52°N): areas keep their proportions, and the north is not stretched as in an
 * equirectangular map. Unit sphere; y grows southwards, as in SVG.
 */
final class Projection {

    private static final double CENTRE_LON = Math.toRadians(10);
    private static final double CENTRE_LAT = Math.toRadians(52);
    private static final double SIN_LAT0 = Math.sin(CENTRE_LAT);
    private static final double COS_LAT0 = Math.cos(CENTRE_LAT);

    private Projection() {}

    /** {x, y} of a point given in degrees. */
    static double[] project(double lon, double lat) {
        double lambda = Math.toRadians(lon) - CENTRE_LON;
        double phi = Math.toRadians(lat);
        double cosPhi = Math.cos(phi);
        double k = Math.sqrt(2 / (1 + SIN_LAT0 * Math.sin(phi) + COS_LAT0 * cosPhi * Math.cos(lambda)));
        double x = k * cosPhi * Math.sin(lambda);
        double y = k * (COS_LAT0 * Math.sin(phi) - SIN_LAT0 * cosPhi * Math.cos(lambda));
        return new double[] {x, -y};
    }
}
