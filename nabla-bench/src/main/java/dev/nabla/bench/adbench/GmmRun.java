package dev.nabla.bench.adbench;

import dev.nabla.core.algebra.Real;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Checks one GMM method, then times it. The check comes first and a failure ends the run untimed:
 * <ul>
 *   <li>ADBench's test problem: objective and gradient against the published values, absolutely to
 *       {@code 1e-10} (to {@value #DIFFERENCE_TOLERANCE} for difference quotients);</li>
 *   <li>other problems: a method other than {@code reverse} against {@code reverse} to {@code 1e-9}
 *       relative (difference quotients to {@value #DIFFERENCE_TOLERANCE}); {@code reverse} itself by its
 *       directional derivative {@code ∇L·v} against a central difference of {@code L} along a random
 *       {@code v}, to {@value #DIFFERENCE_TOLERANCE} relative.</li>
 * </ul>
 */
public final class GmmRun {
    private GmmRun() {}

    /** Agreement required between two exact methods. */
    public static final double EXACT_TOLERANCE = 1e-9;
    /** Agreement required of a difference quotient (second-order central differences). */
    public static final double DIFFERENCE_TOLERANCE = 1e-6;

    /** What a run found and how long it took. */
    public record Result(String method, double objective, double[] gradient, String check,
                         Stopwatch.Timing plainTime, Stopwatch.Timing objectiveTime, Stopwatch.Timing derivativeTime) {}

    /** Checks {@code method} on {@code data}, then times the hand-written objective, the objective on the algebra and the gradient for at least {@code seconds} each. */
    public static Result run(GmmInput data, String method, double seconds) {
        Gmm gmm = Gmm.of(data);
        GmmGradient gradient = GmmMethods.named(method, gmm);
        double[] p = data.parameters();
        double objective = gmm.value(Real.of(p)).doubleValue();
        double[] g = gradient.gradient(p);
        String check = check(gmm, method, gradient, objective, g);
        Stopwatch.Timing plainTime = Stopwatch.minimum(() -> PlainObjectives.gmm(data, p), seconds, seconds);
        Stopwatch.Timing objectiveTime = Stopwatch.minimum(() -> gmm.value(Real.of(p)), seconds, seconds);
        Stopwatch.Timing derivativeTime = Stopwatch.minimum(() -> gradient.gradient(p), seconds, seconds);
        return new Result(method, objective, g, check, plainTime, objectiveTime, derivativeTime);
    }

    static String check(Gmm gmm, String method, GmmGradient gradient, double objective, double[] g) {
        GmmInput data = gmm.data();
        if (Agreement.relativeError(g, g) != 0) throw new CheckFailedException(method + ": the gradient is not finite");
        if (References.isGmmTest(data)) {
            double tolerance = gradient.exact() ? References.GMM_TOLERANCE : DIFFERENCE_TOLERANCE;
            Agreement.absolute("objective", objective, References.GMM_TEST_OBJECTIVE, References.GMM_TOLERANCE);
            Agreement.absolute(method + " gradient", g, References.gmmTestGradient(), tolerance);
            return fmt("ADBench reference values, absolute %.0e", tolerance);
        }
        double[] p = data.parameters();
        if (!method.equals("reverse")) {
            double tolerance = gradient.exact() ? EXACT_TOLERANCE : DIFFERENCE_TOLERANCE;
            Agreement.relative(method + " gradient vs reverse", g, GmmMethods.named("reverse", gmm).gradient(p), tolerance);
            return fmt("agrees with reverse, relative %.0e", tolerance);
        }
        double[] v = new SplittableRandom(9).doubles(p.length, -1, 1).toArray();
        double directional = 0, scale = 0;
        for (int i = 0; i < p.length; i++) {
            directional += g[i] * v[i];
            scale += Math.abs(g[i] * v[i]);
        }
        double h = 1e-5;
        double difference = (gmm.value(Real.of(shifted(p, v, h))).doubleValue()
                - gmm.value(Real.of(shifted(p, v, -h))).doubleValue()) / (2 * h);
        double error = Math.abs(directional - difference) / scale;
        if (!(error <= DIFFERENCE_TOLERANCE)) {
            throw new CheckFailedException(fmt("reverse: ∇L·v = %.17g but the central difference gives %.17g (relative %.2g)",
                    directional, difference, error));
        }
        return fmt("∇L·v agrees with a central difference, relative %.0e", DIFFERENCE_TOLERANCE);
    }

    private static double[] shifted(double[] p, double[] v, double h) {
        double[] q = p.clone();
        for (int i = 0; i < q.length; i++) q[i] += h * v[i];
        return q;
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
