package dev.nabla.numeric.complexstep;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.complex.Complex;
import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.function.UnivariateFunction;
import dev.nabla.core.function.VectorFunction;
import dev.nabla.numeric.Estimate;
import dev.nabla.numeric.difference.FiniteDifference;
import dev.nabla.numeric.multivariate.Coordinates;
import dev.nabla.numeric.multivariate.Points;
import dev.nabla.numeric.stencil.Sample;

/**
 * Complex-step derivatives of functions written on the algebra:
 *
 * <pre>{@code f'(x) ≈ Im f(x + ih) / h,   h = 1e-20}</pre>
 *
 * The truncation error is {@code h² |f'''| / 6}, far below rounding, and nothing is subtracted, so the result
 * is exact to a few units in the last place; the error estimate reported is {@code 8ε |f'|}. One evaluation per
 * partial derivative; a Jacobian column per evaluation.
 *
 * <p>The Hessian is a hybrid: {@code ∂²f/∂xᵢ∂xⱼ} is the central difference (accuracy 4, optimal step) in
 * {@code xⱼ} of the complex-step partial {@code ∂f/∂xᵢ}, so only one derivative is taken by differences and
 * the result is as accurate as a first derivative by differences ({@code ≈ 1e-12}), not a second one.
 */
public final class ComplexStep {

    /** The default step. */
    public static final double DEFAULT_STEP = 1e-20;
    private static final double ROUNDING_ULPS = 8;

    private final double step;
    private final boolean parallel;

    private ComplexStep(double step, boolean parallel) {
        this.step = step;
        this.parallel = parallel;
    }

    /** Complex step with {@code h = 1e-20}, sequential. */
    public static ComplexStep create() {
        return new ComplexStep(DEFAULT_STEP, false);
    }

    /** The same with step {@code h > 0}. */
    public ComplexStep step(double h) {
        if (!(h > 0) || Double.isInfinite(h)) throw new IllegalArgumentException("complex step: the step must be positive and finite, got " + h);
        return new ComplexStep(h, parallel);
    }

    /** The same, evaluating the coordinates in parallel or not. */
    public ComplexStep parallel(boolean parallel) {
        return new ComplexStep(step, parallel);
    }

    /** {@code f'(x)}. */
    public Estimate derivative(UnivariateFunction f, double x) {
        if (f == null) throw new IllegalArgumentException("complex step: the function is null");
        if (!Double.isFinite(x)) throw new IllegalArgumentException("complex step: the point must be finite, got " + x);
        return estimate(imaginary(f.apply(Complex.of(x, step)), "complex step"));
    }

    /** {@code ∇f(x)}, one evaluation per coordinate. */
    public Estimate[] gradient(ScalarFunction f, double[] x) {
        check(f, x, "complex-step gradient");
        Estimate[] g = new Estimate[x.length];
        Coordinates.forEach(x.length, parallel, i -> g[i] = estimate(partial(f, x, i, "complex-step gradient")));
        return g;
    }

    /** {@code J[i][j] = ∂fᵢ/∂xⱼ}, one evaluation per column. */
    public Estimate[][] jacobian(VectorFunction f, double[] x) {
        check(f, x, "complex-step jacobian");
        double[][] columns = new double[x.length][];
        Coordinates.forEach(x.length, parallel, j -> {
            Num[] y = Points.guarded("complex-step jacobian", x.length, () -> f.apply(perturbed(x, j)));
            if (y == null) throw new IllegalArgumentException("complex-step jacobian: the function returned null");
            columns[j] = new double[y.length];
            for (int i = 0; i < y.length; i++) columns[j][i] = imaginary(y[i], "complex-step jacobian");
        });
        int m = columns[0].length;
        Estimate[][] jac = new Estimate[m][x.length];
        for (int j = 0; j < x.length; j++) {
            if (columns[j].length != m) {
                throw new IllegalArgumentException("complex-step jacobian: the function returned " + columns[j].length
                        + " components for coordinate " + j + " but " + m + " for coordinate 0");
            }
            for (int i = 0; i < m; i++) jac[i][j] = estimate(columns[j][i]);
        }
        return jac;
    }

    /** {@code H[i][j]}: the central difference in {@code xⱼ} of the complex-step {@code ∂f/∂xᵢ}, symmetrised. */
    public Estimate[][] hessian(ScalarFunction f, double[] x) {
        check(f, x, "complex-step hessian");
        int n = x.length;
        FiniteDifference outer = FiniteDifference.central();
        Estimate[][] h = new Estimate[n][n];
        Coordinates.forEach(n * n, parallel, k -> {
            int i = k / n, j = k % n;
            if (i > j) return;
            Estimate e = outer.differentiate(t -> partial(f, Points.with(x, j, t), i, "complex-step hessian"), x[j], 1);
            h[i][j] = e;
            h[j][i] = e;
        });
        return h;
    }

    private double partial(ScalarFunction f, double[] x, int i, String operation) {
        Num y = Points.guarded(operation, x.length, () -> f.apply(perturbed(x, i)));
        return imaginary(y, operation);
    }

    private Num[] perturbed(double[] x, int i) {
        Num[] z = new Num[x.length];
        for (int k = 0; k < x.length; k++) z[k] = Complex.of(x[k], k == i ? step : 0);
        return z;
    }

    private double imaginary(Num y, String operation) {
        if (y == null) throw new IllegalArgumentException(operation + ": the function returned null");
        if (y instanceof dev.nabla.core.algebra.Real r) return Double.isNaN(r.value()) ? Double.NaN : 0;
        if (!(y instanceof Complex c)) {
            throw new IllegalArgumentException(operation + ": the function returned a " + y.getClass().getSimpleName()
                    + ", not a value computed from its arguments (build the result from the arguments' operations)");
        }
        return Double.isNaN(c.re()) ? Double.NaN : c.im() / step;
    }

    private Estimate estimate(double value) {
        return new Estimate(value, ROUNDING_ULPS * Sample.EPSILON * Math.abs(value), 1, step);
    }

    private static void check(Object f, double[] x, String operation) {
        if (f == null) throw new IllegalArgumentException(operation + ": the function is null");
        Points.requireFinite(operation, x);
    }

    /** {@code complex step, h = 1e-20}, with {@code , parallel} when the coordinates are evaluated in parallel. */
    @Override
    public String toString() {
        return "complex step, h = " + step + (parallel ? ", parallel" : "");
    }
}
