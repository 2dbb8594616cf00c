package dev.nabla.bench.adbench;

/**
 * Checks one BA method, then times it. The check comes first and a failure ends the run untimed:
 * <ul>
 *   <li>ADBench's test problem: every reprojection residual and weight residual against the published
 *       values (absolute {@code 1e-10}) and exactly {@value References#BA_TEST_NON_ZEROS} non-zeros;</li>
 *   <li>every problem: {@code J·v} along a random {@code v} against a central difference of the
 *       hand-written residuals ({@link Directional}), to {@value #EXACT_DIRECTIONAL_TOLERANCE} relative
 *       ({@value #DIFFERENCE_TOLERANCE} for forward differences).</li>
 * </ul>
 * Agreement of all methods with each other and with PyTorch to {@code 1e-9} is checked across runs by
 * {@link AdbenchReport}.
 */
public final class BaRun {
    private BaRun() {}

    /** Agreement required of an exact {@code J·v} with the central difference (whose own error is near 1e-10). */
    public static final double EXACT_DIRECTIONAL_TOLERANCE = 1e-7;
    /** Agreement required between an exact Jacobian and first-order forward differences. */
    public static final double DIFFERENCE_TOLERANCE = 1e-5;

    /** What a run found and how long it took. */
    public record Result(String method, double[] residuals, SparseJacobian jacobian, String check,
                         Stopwatch.Timing plainTime, Stopwatch.Timing objectiveTime, Stopwatch.Timing derivativeTime) {}

    /**
     * Times the hand-written residuals and the residuals on the algebra, then computes and checks the Jacobian by
     * {@code method} and, if it is right, times it; each timing lasts at least {@code seconds}. The objective is
     * timed first, while the JIT has seen only plain values at the algebra's call sites, as a user evaluating it
     * alone would run it.
     */
    public static Result run(BaInput data, String method, double seconds) {
        if (!BaMethods.names().contains(method)) BaMethods.named(method);
        double[] residuals = BaJacobian.residuals(data);
        Stopwatch.Timing plainTime = Stopwatch.minimum(() -> PlainObjectives.ba(data), seconds, seconds);
        Stopwatch.Timing objectiveTime = Stopwatch.minimum(() -> BaJacobian.residuals(data), seconds, seconds);
        BlockJacobian blocks = BaMethods.named(method);
        SparseJacobian jacobian = BaJacobian.compute(data, blocks);
        String check = check(data, method, blocks, residuals, jacobian);
        Stopwatch.Timing derivativeTime = Stopwatch.minimum(() -> BaJacobian.compute(data, blocks), seconds, seconds);
        return new Result(method, residuals, jacobian, check, plainTime, objectiveTime, derivativeTime);
    }

    /** The Jacobian's columns as one vector: cameras, points, weights. */
    static double[] parameters(BaInput data) {
        double[] x = new double[data.columns()];
        System.arraycopy(data.cameras(), 0, x, 0, data.cameras().length);
        System.arraycopy(data.points(), 0, x, data.cameras().length, data.points().length);
        System.arraycopy(data.weights(), 0, x, data.cameras().length + data.points().length, data.p());
        return x;
    }

    /** {@code data} with cameras, points and weights taken from {@code x} (as {@link #parameters} lays them out). */
    static BaInput withParameters(BaInput data, double[] x) {
        int c = data.cameras().length, m = data.points().length;
        return new BaInput(data.n(), data.m(), data.p(), java.util.Arrays.copyOfRange(x, 0, c),
                java.util.Arrays.copyOfRange(x, c, c + m), java.util.Arrays.copyOfRange(x, c + m, c + m + data.p()),
                data.features(), data.camera(), data.point());
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
        double[] x = parameters(data);
        double[] v = Directional.direction(x);
        double[] jv = new double[jacobian.rowCount()];
        for (int r = 0; r < jv.length; r++) {
            double sum = 0;
            for (int k = jacobian.rowStart()[r]; k < jacobian.rowStart()[r + 1]; k++) sum += jacobian.vals()[k] * v[jacobian.cols()[k]];
            jv[r] = sum;
        }
        check.append(Directional.check("J·v", y -> PlainObjectives.ba(withParameters(data, y)), x, v, jv,
                exact ? EXACT_DIRECTIONAL_TOLERANCE : DIFFERENCE_TOLERANCE));
        return check.toString();
    }
}
