package dev.nabla.bench.adbench;

import java.util.Locale;

/**
 * Checks one BA method, then times it. The check comes first and a failure ends the run untimed:
 * <ul>
 *   <li>ADBench's test problem: every reprojection residual and weight residual against the published
 *       values (absolute {@code 1e-10}) and exactly {@value References#BA_TEST_NON_ZEROS} non-zeros;</li>
 *   <li>every problem: the Jacobian against {@code forward} to {@code 1e-9} relative, and {@code forward}
 *       against {@code forward-difference} to {@value #DIFFERENCE_TOLERANCE} (which is also the
 *       tolerance of {@code forward-difference} itself).</li>
 * </ul>
 */
public final class BaRun {
    private BaRun() {}

    /** Agreement required between two exact methods. */
    public static final double EXACT_TOLERANCE = 1e-9;
    /** Agreement required between an exact Jacobian and first-order forward differences. */
    public static final double DIFFERENCE_TOLERANCE = 1e-5;

    /** What a run found and how long it took. */
    public record Result(String method, double[] residuals, SparseJacobian jacobian, String check,
                         Stopwatch.Timing plainTime, Stopwatch.Timing objectiveTime, Stopwatch.Timing derivativeTime) {}

    /** Checks {@code method} on {@code data}, then times the hand-written residuals, the residuals on the algebra and the Jacobian for at least {@code seconds} each. */
    public static Result run(BaInput data, String method, double seconds) {
        BlockJacobian blocks = BaMethods.named(method);
        double[] residuals = BaJacobian.residuals(data);
        SparseJacobian jacobian = BaJacobian.compute(data, blocks);
        String check = check(data, method, blocks, residuals, jacobian);
        Stopwatch.Timing plainTime = Stopwatch.minimum(() -> PlainObjectives.ba(data), seconds, seconds);
        Stopwatch.Timing objectiveTime = Stopwatch.minimum(() -> BaJacobian.residuals(data), seconds, seconds);
        Stopwatch.Timing derivativeTime = Stopwatch.minimum(() -> BaJacobian.compute(data, blocks), seconds, seconds);
        return new Result(method, residuals, jacobian, check, plainTime, objectiveTime, derivativeTime);
    }

    static String check(BaInput data, String method, BlockJacobian blocks, double[] residuals, SparseJacobian jacobian) {
        if (Agreement.relativeError(jacobian.vals(), jacobian.vals()) != 0) {
            throw new CheckFailedException(method + ": the Jacobian is not finite");
        }
        StringBuilder check = new StringBuilder();
        if (References.isBaTest(data)) {
            int p = data.p();
            double[] reprojection = References.baTestReprojection();
            for (int i = 0; i < p; i++) {
                Agreement.absolute("reprojection residual of observation " + i,
                        new double[] {residuals[2 * i], residuals[2 * i + 1]}, reprojection, References.GMM_TOLERANCE);
                Agreement.absolute("weight residual of observation " + i, residuals[2 * p + i],
                        References.BA_TEST_WEIGHT_RESIDUAL, References.GMM_TOLERANCE);
            }
            if (jacobian.nonZeros() != References.BA_TEST_NON_ZEROS) {
                throw new CheckFailedException(method + ": " + jacobian.nonZeros() + " non-zeros, expected "
                        + References.BA_TEST_NON_ZEROS);
            }
            check.append("ADBench reference residuals (absolute 1e-10) and 310 non-zeros; ");
        }
        boolean exact = blocks.evaluationsPerBlock() == 0;
        String reference = method.equals("forward") ? "forward-difference" : "forward";
        double tolerance = exact && !method.equals("forward") ? EXACT_TOLERANCE : DIFFERENCE_TOLERANCE;
        SparseJacobian other = BaJacobian.compute(data, BaMethods.named(reference));
        Agreement.relative(method + " Jacobian vs " + reference, jacobian.vals(), other.vals(), tolerance);
        check.append(String.format(Locale.ROOT, "Jacobian agrees with %s, relative %.0e", reference, tolerance));
        return check.toString();
    }
}
