package dev.nabla.core.forward;

import dev.nabla.core.algebra.Backends;
import dev.nabla.core.algebra.Num;
import dev.nabla.core.algebra.Real;
import dev.nabla.core.rules.BinaryPrimitive;
import dev.nabla.core.rules.CustomPrimitive;
import dev.nabla.core.rules.StrongZero;
import dev.nabla.core.rules.UnaryPrimitive;

/**
 * A dual number with a vector of tangents: {@code a + Σⱼ bⱼεⱼ}. Seeding input {@code i} with the
 * unit tangent {@code eᵢ} gives the whole gradient of {@code f: ℝⁿ → ℝ} in one forward pass.
 *
 * <p>Tangents are stored sparsely (sorted indices and values) while few are non-zero and densely
 * once more than a quarter are, so a function whose intermediates each depend on a few inputs —
 * the usual case in sums of local terms — costs far less than {@code n} operations per step.
 * Index and value arrays are never written once a value holds them, so results share them.
 *
 * <p>Every product of a partial and a tangent follows the zero rule ({@link StrongZero}), entry by entry:
 * a tangent entry that is 0 stays 0 whatever the partial (also infinite or NaN), whether the tangents are
 * stored sparsely or densely, and a zero partial contributes nothing. A primitive applied to one value twice
 * ({@code u / u}) adds its two partials first, as for a function of that value alone.
 */
public final class DualVector implements Num {
    private static final int[] NO_INDEX = new int[0];
    private static final double[] NO_VALUES = new double[0];
    private static final double[] UNIT = {1};

    private final double primal;
    private final int dimension;
    /** Sorted indices of the stored tangents, or {@code null} when {@link #values} is dense. */
    private final int[] index;
    private final double[] values;

    private DualVector(double primal, int dimension, int[] index, double[] values) {
        this.primal = primal;
        this.dimension = dimension;
        this.index = index;
        this.values = values;
    }

    /** Input {@code i} of {@code dimension} at value {@code x}: tangent {@code eᵢ}. */
    public static DualVector variable(double x, int i, int dimension) {
        if (i < 0 || i >= dimension) {
            throw new IllegalArgumentException("DualVector.variable: index " + i + " is outside 0.." + (dimension - 1));
        }
        return new DualVector(x, dimension, new int[] {i}, UNIT);
    }

    /** The inputs {@code x₀ … xₙ₋₁}, each seeded with its (sparse) unit tangent. */
    public static DualVector[] variables(double[] x) {
        DualVector[] v = new DualVector[x.length];
        for (int i = 0; i < x.length; i++) v[i] = variable(x[i], i, x.length);
        return v;
    }

    /** A value with the given dense tangents. */
    public static DualVector of(double primal, double[] tangents) {
        return new DualVector(primal, tangents.length, null, tangents.clone());
    }

    /** The primal value. */
    public double primal() { return primal; }

    /** The number of tangent directions. */
    public int dimension() { return dimension; }

    /** The tangent in direction {@code j}. */
    public double tangent(int j) {
        if (index == null) return values[j];
        int k = java.util.Arrays.binarySearch(index, j);
        return k >= 0 ? values[k] : 0;
    }

    /** All tangents, dense: the gradient when the inputs were seeded with {@link #variables}. */
    public double[] tangents() {
        if (index == null) return values.clone();
        double[] dense = new double[dimension];
        for (int k = 0; k < index.length; k++) dense[index[k]] = values[k];
        return dense;
    }

    @Override public Num constant(double c) { return new DualVector(c, dimension, NO_INDEX, NO_VALUES); }
    @Override public double doubleValue() { return primal; }

    @Override
    public Num chainProduct(Num y) {
        DualVector b = operand(y, "chainProduct");
        double f = StrongZero.times(primal, b.primal);
        if (b.isConstant()) return isConstant() ? new DualVector(f, dimension, NO_INDEX, NO_VALUES) : scaled(f, b.primal, this);
        if (isConstant()) return scaled(f, primal, b);
        return combined(f, b.primal, this, primal, b);
    }

    @Override
    public boolean isZero() {
        if (primal != 0) return false;
        for (double v : values) if (v != 0) return false;
        return true;
    }

    private boolean isConstant() { return values.length == 0; }

    @Override
    public Num apply(UnaryPrimitive p) {
        double f = p.value().applyAsDouble(primal);
        if (isConstant()) return new DualVector(f, dimension, NO_INDEX, NO_VALUES);
        return scaled(f, p.partialAt(primal, f), this);
    }

    @Override
    public Num apply(BinaryPrimitive p, Num y) {
        DualVector b = operand(y, p.name());
        double f = p.value().applyAsDouble(primal, b.primal);
        if (b.isConstant()) {
            return isConstant() ? new DualVector(f, dimension, NO_INDEX, NO_VALUES)
                    : scaled(f, p.partialXAt(primal, b.primal, f), this);
        }
        if (isConstant()) return scaled(f, p.partialYAt(primal, b.primal, f), b);
        double px = p.partialXAt(primal, b.primal, f);
        double py = p.partialYAt(primal, b.primal, f);
        return b == this ? scaled(f, px + py, this) : combined(f, px, this, py, b);
    }

    @Override
    public Num apply(BinaryPrimitive p, double c) {
        double f = p.value().applyAsDouble(primal, c);
        if (isConstant()) return new DualVector(f, dimension, NO_INDEX, NO_VALUES);
        return scaled(f, p.partialXAt(primal, c, f), this);
    }

    @Override
    public Num apply(CustomPrimitive p, Num[] args) {
        DualVector[] xs = new DualVector[args.length];
        double[] primals = new double[args.length];
        for (int i = 0; i < args.length; i++) {
            xs[i] = operand(args[i], p.name());
            primals[i] = xs[i].primal;
        }
        CustomPrimitive.Evaluation<Object> e = p.evaluate(primals);
        double[] partials = p.backward(e.cache(), 1.0);
        DualVector sum = new DualVector(e.value(), dimension, NO_INDEX, NO_VALUES);
        for (int i = 0; i < xs.length; i++) {
            if (!xs[i].isConstant()) sum = sum.isConstant() ? scaled(e.value(), partials[i], xs[i])
                    : combined(e.value(), 1, sum, partials[i], xs[i]);
        }
        return sum;
    }

    private DualVector operand(Num y, String operation) {
        if (y instanceof DualVector d) {
            if (d.dimension != dimension) {
                throw new IllegalArgumentException(operation + ": tangent dimensions differ (" + dimension + " and " + d.dimension + ")");
            }
            return d;
        }
        if (y instanceof Real r) return new DualVector(r.value(), dimension, NO_INDEX, NO_VALUES);
        throw Backends.mismatch(DualVector.class, y, operation);
    }

    /** {@code f + s·a.tangents}. */
    private static DualVector scaled(double f, double s, DualVector a) {
        if (s == 0) return new DualVector(f, a.dimension, NO_INDEX, NO_VALUES);
        double[] x = a.values;
        return new DualVector(f, a.dimension, a.index, s == 1 && hasNoZero(x) ? x : times(s, x));
    }

    /** {@code s·x} entry by entry under the zero rule, for {@code s ≠ 0}. */
    private static double[] times(double s, double[] x) {
        double[] v = new double[x.length];
        for (int k = 0; k < v.length; k++) v[k] = x[k] == 0 ? 0 : s * x[k];
        return v;
    }

    private static boolean hasNoZero(double[] x) {
        for (double u : x) if (u == 0) return false;
        return true;
    }

    /** {@code f + (s·a.tangents + t·b.tangents)}, both non-constant. */
    private static DualVector combined(double f, double s, DualVector a, double t, DualVector b) {
        int n = a.dimension;
        if (a.index != null && a.index == b.index) {
            double[] v = new double[a.values.length];
            for (int k = 0; k < v.length; k++) v[k] = StrongZero.times(s, a.values[k]) + StrongZero.times(t, b.values[k]);
            return new DualVector(f, n, a.index, v);
        }
        if (a.index == null && b.index == null) return new DualVector(f, n, null, denseSum(n, s, a, t, b));
        if (a.index == null) return new DualVector(f, n, null, scatteredInto(s, a, t, b));
        if (b.index == null) return new DualVector(f, n, null, scatteredInto(t, b, s, a));
        int union = unionSize(a.index, b.index);
        if (union * 4 > n) {
            double[] v = new double[n];
            scatter(v, s, a);
            scatter(v, t, b);
            return new DualVector(f, n, null, v);
        }
        return merged(f, n, union, s, a, t, b);
    }

    /** {@code s·a + t·b}, both dense, in one pass. */
    private static double[] denseSum(int n, double s, DualVector a, double t, DualVector b) {
        double[] x = a.values, y = b.values;
        double[] v = new double[n];
        if (s == 1 && t == 1) {
            // StrongZero.times(1, u) is u with -0 read as 0; adding 0 maps the sum's -0 (both addends zero) to 0 too.
            for (int j = 0; j < n; j++) v[j] = x[j] + y[j] + 0.0;
        } else {
            for (int j = 0; j < n; j++) v[j] = StrongZero.times(s, x[j]) + StrongZero.times(t, y[j]);
        }
        return v;
    }

    /** {@code s·dense + t·sparse}: one pass over the dense operand, then the sparse one's few entries. */
    private static double[] scatteredInto(double s, DualVector dense, double t, DualVector sparse) {
        double[] v = s == 1 ? dense.values.clone() : new double[dense.values.length];
        if (s != 1) for (int j = 0; j < v.length; j++) v[j] = StrongZero.times(s, dense.values[j]);
        scatter(v, t, sparse);
        return v;
    }

    /** {@code v += t·sparse}. */
    private static void scatter(double[] v, double t, DualVector sparse) {
        for (int k = 0; k < sparse.index.length; k++) v[sparse.index[k]] += StrongZero.times(t, sparse.values[k]);
    }

    private static int unionSize(int[] x, int[] y) {
        int i = 0, j = 0, count = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) { i++; j++; } else if (x[i] < y[j]) i++; else j++;
            count++;
        }
        return count + (x.length - i) + (y.length - j);
    }

    private static DualVector merged(double f, int n, int union, double s, DualVector a, double t, DualVector b) {
        int[] idx = new int[union];
        double[] v = new double[union];
        int i = 0, j = 0, k = 0;
        int[] x = a.index, y = b.index;
        while (i < x.length || j < y.length) {
            if (j == y.length || (i < x.length && x[i] < y[j])) {
                idx[k] = x[i]; v[k++] = StrongZero.times(s, a.values[i++]);
            } else if (i == x.length || y[j] < x[i]) {
                idx[k] = y[j]; v[k++] = StrongZero.times(t, b.values[j++]);
            } else {
                idx[k] = x[i]; v[k++] = StrongZero.times(s, a.values[i++]) + StrongZero.times(t, b.values[j++]);
            }
        }
        return new DualVector(f, n, idx, v);
    }

    @Override public String toString() { return primal + " + " + java.util.Arrays.toString(tangents()) + "ε"; }
}
