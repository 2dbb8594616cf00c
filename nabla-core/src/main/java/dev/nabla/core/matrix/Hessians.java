package dev.nabla.core.matrix;

import java.util.function.Function;

/** Assembles a Hessian from Hessian–vector products. */
public final class Hessians {
    private Hessians() {}

    /**
     * {@code H} with column {@code j} = {@code hvp(eⱼ)}, made exactly symmetric by averaging
     * {@code H[i][j]} and {@code H[j][i]} (they differ only by rounding).
     */
    public static double[][] fromProducts(int n, Function<double[], double[]> hvp) {
        double[][] h = new double[n][];
        double[] e = new double[n];
        for (int j = 0; j < n; j++) {
            e[j] = 1;
            h[j] = hvp.apply(e);
            e[j] = 0;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double mean = 0.5 * (h[i][j] + h[j][i]);
                h[i][j] = mean;
                h[j][i] = mean;
            }
        }
        return h;
    }
}
