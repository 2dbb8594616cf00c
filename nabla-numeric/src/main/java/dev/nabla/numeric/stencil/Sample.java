package dev.nabla.numeric.stencil;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleFunction;

/**
 * A stencil evaluated at one step, for each component of a vector-valued function: the difference
 * quotient, a bound on its rounding error {@code u ε Σ |wⱼ fⱼ| / hᵏ} (function values taken as accurate to
 * {@code u = 4} units in the last place, since a composite function rounds at each operation), and the quotient of the
 * {@linkplain Stencil#lower() lower-accuracy stencil} on the same evaluations (NaN when there is none).
 *
 * @param values      the difference quotients, one per component
 * @param rounding    the rounding-error bounds, one per component
 * @param lower       the lower-accuracy quotients, one per component, or NaN each
 * @param evaluations the number of function evaluations spent
 */
public record Sample(double[] values, double[] rounding, double[] lower, int evaluations) {

    /** The relative precision of a function value: one unit in the last place of 1. */
    public static final double EPSILON = Math.ulp(1.0);
    /** The accuracy assumed of a function value, in units in the last place. */
    public static final double ROUNDING_ULPS = 4;

    /** {@code stencil} applied to {@code f} at {@code x} with step {@code h}. */
    public static Sample line(Stencil stencil, DoubleFunction<double[]> f, double x, double h) {
        int n = stencil.points();
        double[][] fx = new double[n][];
        for (int j = 0; j < n; j++) fx[j] = f.apply(x + stencil.offset(j) * h);
        int m = fx[0].length;
        double scale = Math.pow(h, stencil.order());
        double[] values = new double[m], rounding = new double[m], lower = new double[m];
        Stencil sub = stencil.lower().orElse(null);
        for (int c = 0; c < m; c++) {
            double sum = 0, abs = 0;
            for (int j = 0; j < n; j++) {
                double t = stencil.weight(j) * fx[j][c];
                sum += t;
                abs += Math.abs(t);
            }
            values[c] = sum / scale;
            rounding[c] = ROUNDING_ULPS * EPSILON * abs / scale;
            lower[c] = sub == null ? Double.NaN : subset(sub, stencil, fx, c) / scale;
        }
        return new Sample(values, rounding, lower, n);
    }

    /**
     * The mixed partial {@code ∂²f/∂x∂y} by the product of a first-derivative {@code stencil} in each
     * direction, steps {@code hx} and {@code hy}: {@code Σₐ Σᵦ wₐ wᵦ f(x + oₐhx, y + oᵦhy) / (hx hy)}.
     */
    public static Sample mixed(Stencil stencil, DoubleBinaryOperator f, double x, double y, double hx, double hy) {
        int n = stencil.points();
        double[][] fx = new double[n][n];
        double sum = 0, abs = 0;
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                fx[a][b] = f.applyAsDouble(x + stencil.offset(a) * hx, y + stencil.offset(b) * hy);
                double t = stencil.weight(a) * stencil.weight(b) * fx[a][b];
                sum += t;
                abs += Math.abs(t);
            }
        }
        double scale = hx * hy;
        double lower = stencil.lower().map(s -> subsetMixed(s, stencil, fx) / scale).orElse(Double.NaN);
        return new Sample(new double[] {sum / scale}, new double[] {ROUNDING_ULPS * EPSILON * abs / scale}, new double[] {lower}, n * n);
    }

    /**
     * The rounding bound of a quotient whose function has magnitude at least {@code |f⁽ᵏ⁾| sᵏ} — the size a
     * function with derivative {@code f⁽ᵏ⁾} on scale {@code s} has in its terms even when their sum cancels to
     * a small value: {@code u ε Σ|wⱼ| |f⁽ᵏ⁾| sᵏ / hᵏ}.
     */
    public static double roundingFloor(double derivative, double weightSum, double scale, int k, double h) {
        return ROUNDING_ULPS * EPSILON * weightSum * Math.abs(derivative) * Math.pow(scale / h, k);
    }

    private static double subset(Stencil sub, Stencil full, double[][] fx, int c) {
        double sum = 0;
        for (int j = 0; j < sub.points(); j++) sum += sub.weight(j) * fx[full.indexOf(sub.offset(j))][c];
        return sum;
    }

    private static double subsetMixed(Stencil sub, Stencil full, double[][] fx) {
        double sum = 0;
        for (int a = 0; a < sub.points(); a++) {
            for (int b = 0; b < sub.points(); b++) {
                sum += sub.weight(a) * sub.weight(b) * fx[full.indexOf(sub.offset(a))][full.indexOf(sub.offset(b))];
            }
        }
        return sum;
    }
}
