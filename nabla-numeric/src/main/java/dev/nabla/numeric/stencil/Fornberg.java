package dev.nabla.numeric.stencil;

/**
 * Finite-difference weights for any set of distinct offsets, by Fornberg's recurrence
 * (B. Fornberg, "Generation of finite difference formulas on arbitrarily spaced grids",
 * Math. Comp. 51, 1988): the weights {@code wⱼ} with {@code f⁽ᵏ⁾(0) ≈ Σ wⱼ f(oⱼ)} exact for every
 * polynomial of degree below the number of offsets.
 */
public final class Fornberg {
    private Fornberg() {}

    /**
     * The weights of the {@code order}-th derivative at 0 on {@code offsets}.
     *
     * @throws IllegalArgumentException if the offsets are not finite and distinct, or there are not more
     *                                  of them than {@code order}
     */
    public static double[] weights(double[] offsets, int order) {
        check(offsets, order);
        int n = offsets.length;
        double[][] c = new double[n][order + 1];
        c[0][0] = 1;
        double c1 = 1, c4 = offsets[0];
        for (int i = 1; i < n; i++) {
            int mn = Math.min(i, order);
            double c2 = 1, c5 = c4;
            c4 = offsets[i];
            for (int j = 0; j < i; j++) {
                double c3 = offsets[i] - offsets[j];
                c2 *= c3;
                if (j == i - 1) {
                    for (int k = mn; k >= 1; k--) c[i][k] = c1 * (k * c[i - 1][k - 1] - c5 * c[i - 1][k]) / c2;
                    c[i][0] = -c1 * c5 * c[i - 1][0] / c2;
                }
                for (int k = mn; k >= 1; k--) c[j][k] = (c4 * c[j][k] - k * c[j][k - 1]) / c3;
                c[j][0] = c4 * c[j][0] / c3;
            }
            c1 = c2;
        }
        double[] w = new double[n];
        for (int j = 0; j < n; j++) w[j] = c[j][order];
        return w;
    }

    private static void check(double[] offsets, int order) {
        if (offsets == null) throw new IllegalArgumentException("stencil weights: offsets are null");
        if (order < 0) throw new IllegalArgumentException("stencil weights: derivative order must be at least 0, got " + order);
        if (offsets.length <= order) {
            throw new IllegalArgumentException("stencil weights: a derivative of order " + order + " needs at least "
                    + (order + 1) + " offsets, got " + offsets.length);
        }
        for (int i = 0; i < offsets.length; i++) {
            if (!Double.isFinite(offsets[i])) {
                throw new IllegalArgumentException("stencil weights: offset " + i + " is not finite: " + offsets[i]);
            }
            for (int j = 0; j < i; j++) {
                if (offsets[i] == offsets[j]) {
                    throw new IllegalArgumentException("stencil weights: offsets " + j + " and " + i + " are equal (" + offsets[i] + ")");
                }
            }
        }
    }
}
