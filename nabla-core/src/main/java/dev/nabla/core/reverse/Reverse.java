package dev.nabla.core.reverse;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.forward.Forward;
import dev.nabla.core.rules.StrongZero;
import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.function.UnivariateFunction;
import dev.nabla.core.function.VectorFunction;
import dev.nabla.core.matrix.Hessians;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Reverse mode: record the function on a {@link Tape}, then sweep backwards.
 *
 * <p>Each call borrows a tape from a pool owned by the calling thread and returns it reset, so
 * calls in a loop allocate no new tapes, calls on different threads never share one, and a
 * function that itself calls reverse mode gets a tape of its own. A tape that grew past
 * {@value #POOLED_CAPACITY} nodes is trimmed back when the call ends.
 *
 * <p>Where the function's value is NaN (a point outside a primitive's domain), every derivative these
 * methods return is NaN, as in every other mode.
 */
public final class Reverse {
    private Reverse() {}

    private static final ThreadLocal<ArrayDeque<Tape>> POOL = ThreadLocal.withInitial(ArrayDeque::new);
    private static final ThreadLocal<ArrayDeque<Tape>> SECOND_ORDER_POOL = ThreadLocal.withInitial(ArrayDeque::new);
    /**
     * The largest tape, in nodes, a pool keeps between calls: 2²⁰ nodes, 32 MiB of arrays on a first-order tape
     * (24 bytes a node and 8 for its adjoint). A recording that grew past it gives its arrays back when the call
     * ends, so one huge gradient does not pin its memory for the life of the thread; recordings up to this size
     * reuse their arrays from call to call.
     */
    static final int POOLED_CAPACITY = 1 << 20;

    /** {@code f'(x)}. */
    public static double derivative(UnivariateFunction f, double x) {
        return gradient(v -> f.apply(v[0]), new double[] {x})[0];
    }

    /** {@code ∇f(x)}: one recording, one backward sweep. */
    public static double[] gradient(ScalarFunction f, double[] x) {
        ArrayDeque<Tape> pool = POOL.get();
        Tape tape = pool.poll();
        if (tape == null) tape = new Tape();
        try {
            TapeVar[] xs = tape.variables(x);
            Num y = output(f.apply(xs), "gradient");
            return Double.isNaN(y.doubleValue()) ? nan(x.length) : tape.gradientOfFirstInputs(y, xs);
        } finally {
            tape.resetAndTrim(POOLED_CAPACITY);
            pool.push(tape);
        }
    }

    /** {@code uᵀ·J(x)} for {@code f: ℝⁿ → ℝᵐ}: one recording, one backward sweep. */
    public static double[] vjp(VectorFunction f, double[] x, double[] u) {
        Tape tape = borrow();
        try {
            TapeVar[] xs = tape.variables(x);
            Num[] ys = outputs(f.apply(xs), "vjp");
            if (u == null || u.length != ys.length) {
                throw new IllegalArgumentException("vjp: the function has " + ys.length + " outputs but the cotangent has "
                        + (u == null ? "none" : u.length + " coordinates"));
            }
            for (Num y : ys) if (Double.isNaN(y.doubleValue())) return nan(x.length);
            return tape.vjp(ys, u, xs);
        } finally {
            giveBack(tape);
        }
    }

    /** {@code J[i][j] = ∂fᵢ/∂xⱼ}: one recording, one backward sweep per output. */
    public static double[][] jacobian(VectorFunction f, double[] x) {
        Tape tape = borrow();
        try {
            TapeVar[] xs = tape.variables(x);
            Num[] ys = outputs(f.apply(xs), "jacobian");
            double[][] j = new double[ys.length][];
            for (int i = 0; i < ys.length; i++) {
                j[i] = Double.isNaN(ys[i].doubleValue()) ? nan(x.length) : tape.gradient(ys[i], xs);
            }
            return j;
        } finally {
            giveBack(tape);
        }
    }

    /** {@code H·v}, forward over reverse: one recording, one tangent sweep and one backward sweep. */
    public static double[] hvp(ScalarFunction f, double[] x, double[] v) {
        if (x == null || v == null || x.length != v.length) {
            throw new IllegalArgumentException("hvp: the point has " + (x == null ? "no" : x.length) + " coordinates but the direction has "
                    + (v == null ? "no" : v.length));
        }
        Tape tape = borrowSecondOrder();
        try {
            TapeVar[] xs = tape.variables(x);
            Num y = output(f.apply(xs), "hvp");
            if (Double.isNaN(y.doubleValue())) return nan(x.length);
            return secondOrder(tape, y, xs, tape.gradient(y, xs), f, x, v);
        } finally {
            giveBack(tape);
        }
    }

    /** {@code H[i][j] = ∂²f/∂xᵢ∂xⱼ}, forward over reverse: one recording, then one Hessian–vector product per column. */
    public static double[][] hessian(ScalarFunction f, double[] x) {
        Tape tape = borrowSecondOrder();
        try {
            TapeVar[] xs = tape.variables(x);
            Num y = output(f.apply(xs), "hessian");
            if (Double.isNaN(y.doubleValue())) return Hessians.fromProducts(x.length, v -> nan(x.length));
            double[] g = tape.gradient(y, xs);
            return Hessians.fromProducts(x.length, v -> secondOrder(tape, y, xs, g, f, x, v));
        } finally {
            giveBack(tape);
        }
    }

    /**
     * {@code H·v} forward over reverse, with the conventions of forward over forward:
     * <ul>
     *   <li>where the directional derivative {@code ∇f·v} is NaN, {@code H·v}, its gradient, is NaN (the derivative
     *       of a NaN is NaN);</li>
     *   <li>where an entry of the sweep is not finite, forward over forward's {@code H·v}: the second-order sweep
     *       sums over paths, and where an infinite partial is reached only through tangents that cancel
     *       ({@code acos(x/x)}) the sum meets {@code ∞ - ∞} while forward over forward sees the exact zero tangent
     *       and drops it by the zero rule. Such a sum can only come out non-finite, so that column alone is
     *       recomputed.</li>
     * </ul>
     */
    private static double[] secondOrder(Tape tape, Num y, TapeVar[] xs, double[] gradient, ScalarFunction f, double[] x, double[] v) {
        double directional = 0;
        for (int i = 0; i < v.length; i++) directional += StrongZero.times(gradient[i], v[i]);
        if (Double.isNaN(directional)) return nan(x.length);
        double[] hv = SecondOrderSweep.hvp(tape, y, xs, v);
        for (double h : hv) if (!Double.isFinite(h)) return Forward.hvp(f, x, v);
        return hv;
    }

    private static double[] nan(int n) {
        double[] v = new double[n];
        Arrays.fill(v, Double.NaN);
        return v;
    }

    /** The largest capacity, in nodes, among the calling thread's pooled tapes (for tests of the trimming). */
    static int pooledCapacity() {
        int max = 0;
        for (Tape t : POOL.get()) max = Math.max(max, t.capacity());
        for (Tape t : SECOND_ORDER_POOL.get()) max = Math.max(max, t.capacity());
        return max;
    }

    private static Tape borrow() {
        Tape tape = POOL.get().poll();
        return tape != null ? tape : new Tape();
    }

    private static Tape borrowSecondOrder() {
        Tape tape = SECOND_ORDER_POOL.get().poll();
        return tape != null ? tape : Tape.withSecondOrder();
    }

    private static void giveBack(Tape tape) {
        tape.resetAndTrim(POOLED_CAPACITY);
        (tape.supportsSecondOrder() ? SECOND_ORDER_POOL : POOL).get().push(tape);
    }

    private static Num output(Num y, String operation) {
        if (y == null) throw new IllegalArgumentException(operation + ": the function returned null");
        return y;
    }

    private static Num[] outputs(Num[] ys, String operation) {
        if (ys == null) throw new IllegalArgumentException(operation + ": the function returned null");
        for (int i = 0; i < ys.length; i++) {
            if (ys[i] == null) throw new IllegalArgumentException(operation + ": output " + i + " is null");
        }
        return ys;
    }
}
