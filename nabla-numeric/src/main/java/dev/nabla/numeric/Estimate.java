package dev.nabla.numeric;

/**
 * A numerical derivative with what is known about it.
 *
 * @param value       the derivative
 * @param error       an estimate of {@code |value - exact|}; NaN when the function gave NaN near the point
 * @param evaluations the number of evaluations of the function spent
 * @param step        the step used (the finest one that mattered, for an extrapolation)
 */
public record Estimate(double value, double error, int evaluations, double step) {

    /** An estimate whose value is NaN carries a NaN error, so a failure never looks like a number. */
    public Estimate {
        if (Double.isNaN(value)) error = Double.NaN;
    }

    /** Whether the value and its error estimate are finite numbers. */
    public boolean isFinite() {
        return Double.isFinite(value) && Double.isFinite(error);
    }

    /** {@code error / |value|}. */
    public double relativeError() {
        return error / Math.abs(value);
    }

    /** The values of {@code estimates}. */
    public static double[] values(Estimate[] estimates) {
        double[] v = new double[estimates.length];
        for (int i = 0; i < v.length; i++) v[i] = estimates[i].value;
        return v;
    }

    /** The values of {@code estimates}, row by row. */
    public static double[][] values(Estimate[][] estimates) {
        double[][] v = new double[estimates.length][];
        for (int i = 0; i < v.length; i++) v[i] = values(estimates[i]);
        return v;
    }

    /** The total number of evaluations of {@code estimates}. */
    public static int evaluations(Estimate[] estimates) {
        int n = 0;
        for (Estimate e : estimates) n += e.evaluations;
        return n;
    }

    @Override
    public String toString() {
        return value + " ± " + String.format(java.util.Locale.ROOT, "%.2g", error) + " (" + evaluations + " evaluations, step "
                + String.format(java.util.Locale.ROOT, "%.3g", step) + ")";
    }
}
