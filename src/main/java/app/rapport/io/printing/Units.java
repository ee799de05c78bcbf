package app.rapport.io.printing;

/** PDF measures in points (1/72 inch); label sheets and envelopes are specified in millimetres or inches. */
public final class Units {
    private static final double POINTS_PER_INCH = 72.0;
    private static final double MM_PER_INCH = 25.4;

    private Units() {
    }

    public static double mm(double millimetres) {
        return millimetres / MM_PER_INCH * POINTS_PER_INCH;
    }

    public static double inches(double inches) {
        return inches * POINTS_PER_INCH;
    }

    public static double toMm(double points) {
        return points / POINTS_PER_INCH * MM_PER_INCH;
    }
}
