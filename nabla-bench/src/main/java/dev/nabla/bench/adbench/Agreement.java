package dev.nabla.bench.adbench;

import java.util.Locale;

/**
 * How two results are compared: absolutely per component (against ADBench's published values) or
 * relatively in the maximum norm, {@code ‖a − b‖∞ ≤ tol · ‖b‖∞} (between methods).
 */
public final class Agreement {
    private Agreement() {}

    /** Fails unless {@code |actual[i] − expected[i]| ≤ tolerance} for every {@code i}. */
    public static void absolute(String what, double[] actual, double[] expected, double tolerance) {
        sameLength(what, actual, expected);
        for (int i = 0; i < actual.length; i++) {
            double error = Math.abs(actual[i] - expected[i]);
            if (!(error <= tolerance)) {
                throw new CheckFailedException(String.format(Locale.ROOT, "%s[%d] = %.17g, expected %.17g (|error| %.3g > %.1g)",
                        what, i, actual[i], expected[i], error, tolerance));
            }
        }
    }

    /** Fails unless {@code |actual − expected| ≤ tolerance}. */
    public static void absolute(String what, double actual, double expected, double tolerance) {
        absolute(what, new double[] {actual}, new double[] {expected}, tolerance);
    }

    /** {@code ‖a − b‖∞ / ‖b‖∞} (or {@code ‖a − b‖∞} when {@code b = 0}). */
    public static double relativeError(double[] a, double[] b) {
        double diff = 0, scale = 0;
        for (int i = 0; i < a.length; i++) {
            double d = Math.abs(a[i] - b[i]);
            if (!(d <= diff)) diff = d;
            scale = Math.max(scale, Math.abs(b[i]));
        }
        return scale == 0 ? diff : diff / scale;
    }

    /** Fails unless {@code ‖actual − reference‖∞ ≤ tolerance · ‖reference‖∞}. */
    public static void relative(String what, double[] actual, double[] reference, double tolerance) {
        sameLength(what, actual, reference);
        double error = relativeError(actual, reference);
        if (!(error <= tolerance)) {
            int worst = 0;
            for (int i = 0; i < actual.length; i++) {
                if (!(Math.abs(actual[i] - reference[i]) <= Math.abs(actual[worst] - reference[worst]))) worst = i;
            }
            throw new CheckFailedException(String.format(Locale.ROOT,
                    "%s: relative error %.3g > %.1g (worst at %d: %.17g vs %.17g)", what, error, tolerance, worst,
                    actual[worst], reference[worst]));
        }
    }

    private static void sameLength(String what, double[] a, double[] b) {
        if (a.length != b.length) {
            throw new CheckFailedException(what + ": " + a.length + " values, the reference has " + b.length);
        }
    }
}
