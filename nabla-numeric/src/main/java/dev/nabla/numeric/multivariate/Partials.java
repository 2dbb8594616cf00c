package dev.nabla.numeric.multivariate;

import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.function.VectorFunction;
import dev.nabla.numeric.DifferenceScheme;
import dev.nabla.numeric.Estimate;
import dev.nabla.numeric.step.Bounds;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Gradient, Jacobian, Hessian and directional derivative of functions written on the algebra, evaluated on
 * plain doubles and differentiated one coordinate at a time by a {@link DifferenceScheme}:
 *
 * <pre>{@code
 * Partials p = Partials.of(FiniteDifference.central());
 * Estimate[] g = p.gradient(x -> x[0].pow(3).add(x[0].mul(4)).mul(x[1].exp()).mul(x[2].sin()), new double[] {4, 5, 1});
 * }</pre>
 *
 * <ul>
 *   <li>{@code ∂f/∂xᵢ}: the scheme's first derivative of {@code t ↦ f(x₁, …, t, …, xₙ)} at {@code xᵢ}.</li>
 *   <li>{@code ∂²f/∂xᵢ²}: its second derivative; {@code ∂²f/∂xᵢ∂xⱼ}: its mixed partial (product stencil), filled
 *       in symmetrically.</li>
 *   <li>{@code ∇f·v}: the first derivative of {@code s ↦ f(x + (s - c) v/|v|)} at {@code s = c = max(‖x‖∞, 1)},
 *       times {@code |v|}, so the step is that of a coordinate of magnitude {@code c}.</li>
 * </ul>
 * With {@link #parallel(boolean) parallel(true)} the coordinates are handled on the common fork-join pool; the
 * function must then be safe to call from several threads (a lambda over {@code Num} is).
 */
public final class Partials {

    private final DifferenceScheme scheme;
    private final boolean parallel;
    private final Bounds[] bounds;

    private Partials(DifferenceScheme scheme, boolean parallel, Bounds[] bounds) {
        this.scheme = scheme;
        this.parallel = parallel;
        this.bounds = bounds;
    }

    /** Partial derivatives by {@code scheme}, sequentially, without bounds. */
    public static Partials of(DifferenceScheme scheme) {
        if (scheme == null) throw new IllegalArgumentException("partials: the scheme is null");
        return new Partials(scheme, false, null);
    }

    /** The same, evaluating the coordinates in parallel or not. */
    public Partials parallel(boolean parallel) {
        return new Partials(scheme, parallel, bounds);
    }

    /**
     * The same, keeping coordinate {@code i} in {@code [lower[i], upper[i]]} for first derivatives and the
     * Hessian's diagonal (one-sided stencils near a bound).
     */
    public Partials bounds(double[] lower, double[] upper) {
        if (lower == null || upper == null || lower.length != upper.length) {
            throw new IllegalArgumentException("partials: lower and upper bounds must be arrays of the same length");
        }
        Bounds[] b = new Bounds[lower.length];
        for (int i = 0; i < b.length; i++) b[i] = new Bounds(lower[i], upper[i]);
        return new Partials(scheme, parallel, b);
    }

    private DifferenceScheme schemeFor(String operation, int i, int n) {
        if (bounds == null) return scheme;
        if (bounds.length != n) {
            throw new IllegalArgumentException(operation + ": bounds are given for " + bounds.length
                    + " coordinates, the point has " + n);
        }
        return scheme.withBounds(bounds[i]);
    }

    /** {@code ∇f(x)}, one estimate per coordinate. */
    public Estimate[] gradient(ScalarFunction f, double[] x) {
        ToDoubleFunction<double[]> fx = Points.scalar(f, "gradient");
        Points.requireFinite("gradient", x);
        Estimate[] g = new Estimate[x.length];
        Coordinates.forEach(x.length, parallel, i -> g[i] = schemeFor("gradient", i, x.length)
                .differentiate(t -> fx.applyAsDouble(Points.with(x, i, t)), x[i], 1));
        return g;
    }

    /** {@code J[i][j] = ∂fᵢ/∂xⱼ}, one estimate per entry; each column costs one difference of the whole {@code f}. */
    public Estimate[][] jacobian(VectorFunction f, double[] x) {
        Function<double[], double[]> fx = Points.vector(f, "jacobian");
        Points.requireFinite("jacobian", x);
        Estimate[][] columns = new Estimate[x.length][];
        Coordinates.forEach(x.length, parallel, j -> columns[j] = schemeFor("jacobian", j, x.length)
                .derivatives(t -> fx.apply(Points.with(x, j, t)), x[j], 1));
        int m = columns[0].length;
        Estimate[][] jac = new Estimate[m][x.length];
        for (int j = 0; j < x.length; j++) {
            if (columns[j].length != m) {
                throw new IllegalArgumentException("jacobian: the function returned " + columns[j].length
                        + " components for coordinate " + j + " but " + m + " for coordinate 0");
            }
            for (int i = 0; i < m; i++) jac[i][j] = columns[j][i];
        }
        return jac;
    }

    /** {@code H[i][j] = ∂²f/∂xᵢ∂xⱼ}, symmetric, one estimate per entry. */
    public Estimate[][] hessian(ScalarFunction f, double[] x) {
        ToDoubleFunction<double[]> fx = Points.scalar(f, "hessian");
        Points.requireFinite("hessian", x);
        int n = x.length;
        Estimate[][] h = new Estimate[n][n];
        Coordinates.forEach(n * n, parallel, k -> {
            int i = k / n, j = k % n;
            if (i == j) {
                h[i][i] = schemeFor("hessian", i, n).differentiate(t -> fx.applyAsDouble(Points.with(x, i, t)), x[i], 2);
            } else if (i < j) {
                Estimate e = scheme.mixed((a, b) -> fx.applyAsDouble(Points.with(x, i, a, j, b)), x[i], x[j]);
                h[i][j] = e;
                h[j][i] = e;
            }
        });
        return h;
    }

    /** {@code ∇f(x) · v}, the derivative along {@code v} (not normalised). */
    public Estimate directional(ScalarFunction f, double[] x, double[] v) {
        ToDoubleFunction<double[]> fx = Points.scalar(f, "directional derivative");
        Points.requireFinite("directional derivative", x);
        Points.requireFinite("directional derivative (direction)", v);
        if (v.length != x.length) {
            throw new IllegalArgumentException("directional derivative: the direction has " + v.length
                    + " coordinates, the point " + x.length);
        }
        double norm = 0, c = 1;
        for (int i = 0; i < x.length; i++) {
            norm = Math.hypot(norm, v[i]);
            c = Math.max(c, Math.abs(x[i]));
        }
        if (norm == 0) return new Estimate(0, 0, 0, 0);
        double length = norm, centre = c;
        Estimate e = scheme.differentiate(s -> {
            double[] y = x.clone();
            for (int i = 0; i < y.length; i++) y[i] += (s - centre) * (v[i] / length);
            return fx.applyAsDouble(y);
        }, centre, 1);
        return new Estimate(e.value() * length, e.error() * length, e.evaluations(), e.step());
    }
}
