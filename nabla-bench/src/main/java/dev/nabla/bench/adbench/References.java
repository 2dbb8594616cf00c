package dev.nabla.bench.adbench;

/**
 * Values published with ADBench's test inputs ({@code gmm/test.txt}, {@code ba/test.txt}; listed in the
 * data directory's README), which every method must reproduce before it is timed.
 */
public final class References {
    private References() {}

    /** Tolerance of the GMM test check, absolute per value. */
    public static final double GMM_TOLERANCE = 1e-10;

    /** The objective of {@code gmm/test.txt}. */
    public static final double GMM_TEST_OBJECTIVE = 8.07380408004975791;

    /** Its gradient (α, μ, icf). */
    static final double[] GMM_TEST_GRADIENT = {
        0.108662855508652456, -0.741270039523898472, 0.632607184015246071,
        1.11692576532787013, 0.163333013551455269, -0.0219989824071193142, 0.227778292254236098,
        1.20963025612832187, -0.0606375920733956339,
        2.58529994051162237, 0.112632694524213789, 0.385744309849611777, 0.0735180573182305508,
        5.41836362715595232, -0.321494409677446469, 1.71892309775004937, 0.860091090790866875,
        -0.994640930466322848
    };

    /** Every reprojection residual of {@code ba/test.txt}. */
    static final double[] BA_TEST_REPROJECTION = {-0.269048849235189402, 0.259944792677901881};

    /** Every weight residual of {@code ba/test.txt}. */
    public static final double BA_TEST_WEIGHT_RESIDUAL = 0.826092651515999976;

    /** The number of non-zeros of the Jacobian of {@code ba/test.txt}. */
    public static final int BA_TEST_NON_ZEROS = 310;

    /** The GMM test gradient (a copy). */
    public static double[] gmmTestGradient() {
        return GMM_TEST_GRADIENT.clone();
    }

    /** The reprojection residual pair of every observation of the BA test (a copy). */
    public static double[] baTestReprojection() {
        return BA_TEST_REPROJECTION.clone();
    }

    /** Whether {@code data} is ADBench's GMM test problem (d = 2, k = 3, n = 1, and its α). */
    public static boolean isGmmTest(GmmInput data) {
        return data.d() == 2 && data.k() == 3 && data.n() == 1 && data.alphas()[0] == -0.649014;
    }

    /** Whether {@code data} is ADBench's BA test problem (n = 2, m = 10, p = 10, and its weight). */
    public static boolean isBaTest(BaInput data) {
        return data.n() == 2 && data.m() == 10 && data.p() == 10 && data.weights()[0] == 0.417022;
    }
}
