package dev.nabla.numeric.richardson;

/**
 * The Richardson table of approximations {@code D(hᵢ)}, {@code hᵢ = h₀ / rⁱ}, whose error expands as
 * {@code a₁ hᵖ + a₂ hᵖ⁺ˢ + a₃ hᵖ⁺²ˢ + …}:
 *
 * <pre>{@code T[i][0] = D(hᵢ),   T[i][j] = T[i][j-1] + (T[i][j-1] - T[i-1][j-1]) / (r^(p + (j-1)s) - 1)}</pre>
 *
 * The error of {@code T[i][j]} is estimated as {@code |T[i][j] - T[i][j-1]| + |T[i][j] - T[i-1][j-1]|} (the
 * change the last extrapolation made, a conservative measure) plus its propagated rounding error; the entry
 * with the smallest estimate wins. Entries touched by a NaN are never chosen.
 */
public final class Extrapolation {
    private Extrapolation() {}

    /** The chosen entry: its value, estimated error, and the row (step index) it ends on. */
    public record Best(double value, double error, int row) {}

    /**
     * The best extrapolated value.
     *
     * @param d         {@code D(hᵢ)} from the largest step to the smallest
     * @param rounding  the rounding-error bound of each {@code D(hᵢ)}
     * @param p         the leading error order
     * @param s         the gap between error orders
     * @param ratio     the step ratio {@code r > 1}
     * @param maxLevels the most extrapolation levels to use
     */
    public static Best best(double[] d, double[] rounding, int p, int s, double ratio, int maxLevels) {
        int n = d.length;
        double[] previous = d.clone(), previousRounding = rounding.clone();
        Best best = new Best(Double.NaN, Double.NaN, -1);
        for (int j = 1; j <= Math.min(maxLevels, n - 1); j++) {
            double factor = Math.pow(ratio, p + (j - 1) * s) - 1;
            double[] current = new double[n], currentRounding = new double[n];
            for (int i = j; i < n; i++) {
                current[i] = previous[i] + (previous[i] - previous[i - 1]) / factor;
                currentRounding[i] = previousRounding[i] * (1 + 1 / factor) + previousRounding[i - 1] / factor;
                double error = Math.abs(current[i] - previous[i]) + Math.abs(current[i] - previous[i - 1]) + currentRounding[i];
                if (Double.isFinite(current[i]) && Double.isFinite(error) && !(error >= best.error)) {
                    best = new Best(current[i], error, i);
                }
            }
            previous = current;
            previousRounding = currentRounding;
        }
        if (best.row < 0) return fallback(d, rounding);
        return best;
    }

    /** With fewer than two usable steps, the finite value with the smallest rounding bound, its error unknown. */
    private static Best fallback(double[] d, double[] rounding) {
        for (int i = 0; i < d.length; i++) {
            if (Double.isFinite(d[i])) return new Best(d[i], Double.POSITIVE_INFINITY, i);
        }
        return new Best(Double.NaN, Double.NaN, d.length - 1);
    }
}
