package dev.nabla.bench.adbench;

import dev.nabla.core.algebra.Real;

import java.util.Locale;

/**
 * Checks one GMM method, then times it. The check comes first and a failure ends the run untimed:
 * <ul>
 *   <li>ADBench's test problem: objective and gradient against the published values, absolutely to
 *       {@code 1e-10} (to {@value #DIFFERENCE_TOLERANCE} for difference quotients);</li>
 *   <li>other problems: the directional derivative {@code ∇L·v} against a central difference of the
 *       hand-written objective along a random {@code v} ({@link Directional}), to
 *       {@value #EXACT_DIRECTIONAL_TOLERANCE} relative ({@value #DIFFERENCE_TOLERANCE} for difference quotients).</li>
 * </ul>
 * Agreement of all methods with each other and with PyTorch to {@code 1e-9} is checked across runs by
 * {@link AdbenchReport}; running a second method here would also teach the JIT a third backend at every call
 * site of the objective and slow the timed one down.
 */
public final class GmmRun {
    private GmmRun() {}

    /** Agreement required of an exact directional derivative with the central difference (its own error is near 1e-10). */
    public static final double EXACT_DIRECTIONAL_TOLERANCE = 1e-7;
    /** Agreement required of a difference quotient (second-order central differences). */
    public static final double DIFFERENCE_TOLERANCE = 1e-6;

    /** What a run found and how long it took. */
    public record Result(String method, double objective, double[] gradient, String check,
                         Stopwatch.Timing plainTime, Stopwatch.Timing objectiveTime, Stopwatch.Timing derivativeTime) {}

    /**
     * Times the hand-written objective and the objective on the algebra, then computes and checks the gradient by
     * {@code method} and, if it is right, times it; each timing lasts at least {@code seconds}. The objective is
     * timed first, while the JIT has seen only plain values at the algebra's call sites.
     */
    public static Result run(GmmInput data, String method, double seconds) {
        Gmm gmm = Gmm.of(data);
        if (!GmmMethods.names().contains(method)) GmmMethods.named(method, gmm);
        double[] p = data.parameters();
        double objective = gmm.value(Real.of(p)).doubleValue();
        Stopwatch.Timing plainTime = Stopwatch.minimum(() -> PlainObjectives.gmm(data, p), seconds, seconds);
        Stopwatch.Timing objectiveTime = Stopwatch.minimum(() -> gmm.value(Real.of(p)), seconds, seconds);
        GmmGradient gradient = GmmMethods.named(method, gmm);
        double[] g = gradient.gradient(p);
        String check = check(gmm, method, gradient, objective, g);
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
        double[] v = Directional.direction(p);
        double directional = 0;
        for (int i = 0; i < p.length; i++) directional += g[i] * v[i];
        return Directional.check("∇L·v", q -> new double[] {PlainObjectives.gmm(data, q)}, p, v, new double[] {directional},
                gradient.exact() ? EXACT_DIRECTIONAL_TOLERANCE : DIFFERENCE_TOLERANCE);
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
