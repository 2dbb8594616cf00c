package dev.nabla.core.forward;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.algebra.Real;
import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.function.UnivariateFunction;
import dev.nabla.core.function.VectorFunction;
import dev.nabla.core.matrix.Hessians;

/**
 * Forward mode: push tangents through the function with the primal values.
 *
 * <ul>
 *   <li>{@link #derivative(UnivariateFunction, double)} and {@link #jvp} use {@link Dual} (one tangent);</li>
 *   <li>{@link #gradient} and {@link #jacobian} use {@link DualVector} (all tangents in one pass);</li>
 *   <li>{@link #derivative(UnivariateFunction, Num)} nests — its argument may itself carry tangents —
 *       and {@link #hessian} / {@link #hvp} are forward-over-forward, all on {@link TaggedDual}.</li>
 * </ul>
 *
 * <p>Where the function's value is NaN (a point outside a primitive's domain), every derivative these
 * methods return is NaN, as in every other mode.
 */
public final class Forward {
    private Forward() {}

    /** {@code f'(x)}. */
    public static double derivative(UnivariateFunction f, double x) {
        return tangentOf(f.apply(Dual.variable(x)), "derivative");
    }

    /**
     * {@code f'(x)} for an {@code x} of any backend, so that derivatives nest:
     * {@code derivative(x -> x.mul(derivative(y -> x.add(y), x)), x) = 1}.
     */
    public static Num derivative(UnivariateFunction f, Num x) {
        if (x == null) throw new IllegalArgumentException("derivative: the point is null");
        long tag = TaggedDual.newTag();
        Num y = f.apply(TaggedDual.of(tag, x, x.constant(1)));
        if (y == null) throw new IllegalArgumentException("derivative: the function returned null");
        return TaggedDual.tangentOf(y, tag, x);
    }

    /** {@code ∇f(x)·v}, the directional derivative, in one pass. */
    public static double jvp(ScalarFunction f, double[] x, double[] v) {
        checkSameLength("jvp", x, v);
        Dual[] xs = new Dual[x.length];
        for (int i = 0; i < x.length; i++) xs[i] = Dual.of(x[i], v[i]);
        return tangentOf(f.apply(xs), "jvp");
    }

    /** {@code J(x)·v} for {@code f: ℝⁿ → ℝᵐ}, in one pass. */
    public static double[] jvp(VectorFunction f, double[] x, double[] v) {
        checkSameLength("jvp", x, v);
        Dual[] xs = new Dual[x.length];
        for (int i = 0; i < x.length; i++) xs[i] = Dual.of(x[i], v[i]);
        Num[] ys = outputs(f.apply(xs), "jvp");
        double[] out = new double[ys.length];
        for (int i = 0; i < ys.length; i++) out[i] = tangentOf(ys[i], "jvp");
        return out;
    }

    /** {@code ∇f(x)} in one pass with a tangent per input. */
    public static double[] gradient(ScalarFunction f, double[] x) {
        Num y = f.apply(DualVector.variables(x));
        return gradientOf(y, x.length, "gradient");
    }

    /** {@code J[i][j] = ∂fᵢ/∂xⱼ} in one pass. */
    public static double[][] jacobian(VectorFunction f, double[] x) {
        Num[] ys = outputs(f.apply(DualVector.variables(x)), "jacobian");
        double[][] j = new double[ys.length][];
        for (int i = 0; i < ys.length; i++) j[i] = gradientOf(ys[i], x.length, "jacobian");
        return j;
    }

    /** {@code H·v}, the Hessian–vector product, forward over forward: the tangent of {@code ∇f} along {@code v}. */
    public static double[] hvp(ScalarFunction f, double[] x, double[] v) {
        checkSameLength("hvp", x, v);
        return hessianColumn(f, x, v);
    }

    /** {@code H[i][j] = ∂²f/∂xᵢ∂xⱼ}, forward over forward: one pass per column. */
    public static double[][] hessian(ScalarFunction f, double[] x) {
        return Hessians.fromProducts(x.length, v -> hessianColumn(f, x, v));
    }

    private static double[] hessianColumn(ScalarFunction f, double[] x, double[] v) {
        int n = x.length;
        long tag = TaggedDual.newTag();
        DualVector[] inner = DualVector.variables(x);
        Num[] xs = new Num[n];
        for (int i = 0; i < n; i++) {
            xs[i] = TaggedDual.of(tag, inner[i], v[i] == 0 ? null : inner[i].constant(v[i]));
        }
        Num y = f.apply(xs);
        if (y == null) throw new IllegalArgumentException("hessian: the function returned null");
        if (Double.isNaN(y.doubleValue())) return nan(n);
        return gradientOf(TaggedDual.tangentOf(y, tag, inner.length > 0 ? inner[0] : new Real(0)), n, "hessian");
    }

    private static double[] nan(int n) {
        double[] v = new double[n];
        java.util.Arrays.fill(v, Double.NaN);
        return v;
    }

    private static double tangentOf(Num y, String operation) {
        if (y instanceof Dual d) return Double.isNaN(d.primal()) ? Double.NaN : d.tangent();
        if (y instanceof Real) return 0;
        if (y == null) throw new IllegalArgumentException(operation + ": the function returned null");
        throw new IllegalArgumentException(operation + ": the function returned a " + y.getClass().getSimpleName()
                + ", not a value computed from its inputs");
    }

    private static double[] gradientOf(Num y, int n, String operation) {
        if (y instanceof DualVector d) return Double.isNaN(d.primal()) ? nan(n) : d.tangents();
        if (y instanceof Real r) return Double.isNaN(r.value()) ? nan(n) : new double[n];
        if (y == null) throw new IllegalArgumentException(operation + ": the function returned null");
        throw new IllegalArgumentException(operation + ": the function returned a " + y.getClass().getSimpleName()
                + ", not a value computed from its inputs");
    }

    private static Num[] outputs(Num[] ys, String operation) {
        if (ys == null) throw new IllegalArgumentException(operation + ": the function returned null");
        return ys;
    }

    private static void checkSameLength(String operation, double[] x, double[] v) {
        if (x == null || v == null) throw new IllegalArgumentException(operation + ": the point or the direction is null");
        if (x.length != v.length) {
            throw new IllegalArgumentException(operation + ": the point has " + x.length + " coordinates but the direction has " + v.length);
        }
    }
}
