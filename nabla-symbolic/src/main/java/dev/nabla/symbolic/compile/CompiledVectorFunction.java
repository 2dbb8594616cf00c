package dev.nabla.symbolic.compile;

/**
 * Several expressions compiled together — a gradient, a Jacobian row by row — so that their shared
 * subexpressions are computed once per call: {@code out[i] = eᵢ(x)}. Implementations are stateless
 * and safe to call from several threads at once (each call uses its own scratch space).
 *
 * <pre>{@code
 * Expr f = Expr.parse("x**2*sin(y)");
 * CompiledVectorFunction g = Compiler.compileGradient(f, Expr.symbol("x"), Expr.symbol("y"));
 * double[] grad = g.apply(new double[] {1, 2});            // {2*sin(2), cos(2)}
 * }</pre>
 */
public interface CompiledVectorFunction {

    /** The number of variables, the length of {@code x}. */
    int inputs();

    /** The number of expressions, the length of {@code out}. */
    int outputs();

    /**
     * Writes the values at {@code x} into {@code out}.
     *
     * @throws IllegalArgumentException if {@code x} or {@code out} has the wrong length
     */
    void apply(double[] x, double[] out);

    /** The values at {@code x} in a new array. */
    default double[] apply(double[] x) {
        double[] out = new double[outputs()];
        apply(x, out);
        return out;
    }

    /**
     * The values at each point: {@code out[i] = f(points[i])}.
     *
     * @throws IllegalArgumentException naming the first point that is null or has the wrong length
     */
    default double[][] applyBatch(double[][] points) {
        if (points == null) throw new IllegalArgumentException("applyBatch: the points are null");
        double[][] out = new double[points.length][outputs()];
        for (int i = 0; i < points.length; i++) Batches.vectorAt(this, points[i], out[i], i);
        return out;
    }

    /**
     * The values at each point of a flat, row-major array: point {@code i} is
     * {@code points[i·inputs() …]}, its values go to {@code out[i·outputs() …]}.
     *
     * @throws IllegalArgumentException if the arrays do not hold the same number of whole rows
     */
    default void applyBatch(double[] points, double[] out) {
        if (points == null || out == null) throw new IllegalArgumentException("applyBatch: the " + (points == null ? "points" : "output") + " array is null");
        int n = inputs();
        int m = outputs();
        int count = n == 0 ? (m == 0 ? 0 : out.length / m) : points.length / n;
        if ((long) count * n != points.length || (long) count * m != out.length) {
            throw new IllegalArgumentException("applyBatch: " + points.length + " coordinates and " + out.length
                    + " outputs are not whole rows of " + n + " inputs and " + m + " outputs for the same number of points");
        }
        double[] x = new double[n];
        double[] y = new double[m];
        for (int i = 0; i < count; i++) {
            System.arraycopy(points, i * n, x, 0, n);
            Batches.vectorAt(this, x, y, i);
            System.arraycopy(y, 0, out, i * m, m);
        }
    }
}
