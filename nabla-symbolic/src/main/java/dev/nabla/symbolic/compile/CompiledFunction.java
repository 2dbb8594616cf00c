package dev.nabla.symbolic.compile;

/**
 * A scalar expression compiled to a function of its variables, in the order given to the compiler.
 * Implementations are stateless and safe to call from several threads at once.
 *
 * <pre>{@code
 * CompiledFunction f = Compiler.compile(Expr.parse("x*sin(y)"), Expr.symbol("x"), Expr.symbol("y"));
 * double v = f.applyAsDouble(2, 0.5);                      // 2*sin(0.5)
 * }</pre>
 */
@FunctionalInterface
public interface CompiledFunction {

    /**
     * The value at {@code x}, one value per variable.
     *
     * @throws IllegalArgumentException if {@code x} has the wrong length, naming the variables
     */
    double applyAsDouble(double... x);

    /**
     * The value at each point: {@code out[i] = f(points[i])}.
     *
     * @throws IllegalArgumentException naming the first point that is null or has the wrong length
     */
    default double[] applyBatch(double[][] points) {
        if (points == null) throw new IllegalArgumentException("applyBatch: the points are null");
        double[] out = new double[points.length];
        for (int i = 0; i < points.length; i++) out[i] = Batches.scalarAt(this, points[i], i);
        return out;
    }

    /**
     * The value at each point of a flat, row-major array: point {@code i} is
     * {@code points[i·n … i·n + n - 1]} with {@code n = points.length / out.length}; its value goes to
     * {@code out[i]}.
     *
     * @throws IllegalArgumentException if {@code points.length} is not a multiple of {@code out.length}
     *                                  or the rows have the wrong length
     */
    default void applyBatch(double[] points, double[] out) {
        if (points == null || out == null) throw new IllegalArgumentException("applyBatch: the " + (points == null ? "points" : "output") + " array is null");
        if (out.length == 0) return;
        if (points.length % out.length != 0) {
            throw new IllegalArgumentException("applyBatch: " + points.length + " coordinates do not split into " + out.length + " points");
        }
        int n = points.length / out.length;
        double[] x = new double[n];
        for (int i = 0; i < out.length; i++) {
            System.arraycopy(points, i * n, x, 0, n);
            out[i] = Batches.scalarAt(this, x, i);
        }
    }
}
