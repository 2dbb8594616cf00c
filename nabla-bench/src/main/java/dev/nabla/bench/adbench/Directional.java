package dev.nabla.bench.adbench;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The check every run can afford without running a second method: the derivative along a random
 * direction {@code v} against a central difference of the hand-written objective ({@link PlainObjectives}),
 * {@code (f(x + h v) − f(x − h v)) / 2h} with {@code h = 1e-6} and {@code vᵢ = uᵢ · max(|xᵢ|, 1)},
 * {@code uᵢ} uniform in {@code [−1, 1]} — a relative step of about {@code 1e-6} in every coordinate. It ties
 * the derivative to an independent formula for the objective and leaves the JIT's profile of the algebra
 * untouched by other backends.
 */
final class Directional {
    private Directional() {}

    /** The step along {@code v}. */
    static final double STEP = 1e-6;

    /** A direction for point {@code x} (seeded). */
    static double[] direction(double[] x) {
        SplittableRandom random = new SplittableRandom(9);
        double[] v = new double[x.length];
        for (int i = 0; i < x.length; i++) v[i] = random.nextDouble(-1, 1) * Math.max(Math.abs(x[i]), 1);
        return v;
    }

    /** {@code x + t v}. */
    static double[] shifted(double[] x, double[] v, double t) {
        double[] y = x.clone();
        for (int i = 0; i < y.length; i++) y[i] += t * v[i];
        return y;
    }

    /**
     * Fails unless {@code derivative} (the exact or estimated {@code J v}, one value per output) agrees with
     * the central difference of {@code f} along {@code v} at {@code x}, in the maximum norm relative to
     * {@code ‖J v‖∞} (outputs whose difference is pure rounding count at {@code 1e-9·‖f(x)‖∞}).
     */
    static String check(String what, Function<double[], double[]> f, double[] x, double[] v, double[] derivative,
                        double tolerance) {
        double[] plus = f.apply(shifted(x, v, STEP)), minus = f.apply(shifted(x, v, -STEP));
        double[] difference = new double[plus.length];
        for (int i = 0; i < plus.length; i++) difference[i] = (plus[i] - minus[i]) / (2 * STEP);
        double error = Agreement.relativeError(derivative, difference);
        if (!(error <= tolerance)) {
            throw new CheckFailedException(String.format(Locale.ROOT,
                    "%s along a random direction differs from the central difference of the hand-written objective: relative %.2g > %.0e",
                    what, error, tolerance));
        }
        return String.format(Locale.ROOT, "%s along a random direction = central difference of the hand-written objective (relative %.1e ≤ %.0e)",
                what, error, tolerance);
    }
}
