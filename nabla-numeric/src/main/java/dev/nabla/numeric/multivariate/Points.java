package dev.nabla.numeric.multivariate;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.algebra.Real;
import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.function.VectorFunction;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * User functions evaluated on plain doubles ({@link Real}), and the checks of the points they get. A read past
 * the end of the point or a null result becomes an {@link IllegalArgumentException} naming the operation.
 */
public final class Points {
    private Points() {}

    /** Throws unless {@code x} is non-null, non-empty and finite, naming the first bad coordinate. */
    public static void requireFinite(String operation, double[] x) {
        if (x == null) throw new IllegalArgumentException(operation + ": the point is null");
        if (x.length == 0) throw new IllegalArgumentException(operation + ": the point has no coordinates");
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException(operation + ": coordinate " + i + " of the point is not finite: " + x[i]);
            }
        }
    }

    /** {@code f} on doubles. */
    public static ToDoubleFunction<double[]> scalar(ScalarFunction f, String operation) {
        if (f == null) throw new IllegalArgumentException(operation + ": the function is null");
        return x -> {
            Num y = guarded(operation, x.length, () -> f.apply(Real.of(x)));
            if (y == null) throw new IllegalArgumentException(operation + ": the function returned null");
            return y.doubleValue();
        };
    }

    /** {@code f} on doubles. */
    public static Function<double[], double[]> vector(VectorFunction f, String operation) {
        if (f == null) throw new IllegalArgumentException(operation + ": the function is null");
        return x -> {
            Num[] y = guarded(operation, x.length, () -> f.apply(Real.of(x)));
            if (y == null) throw new IllegalArgumentException(operation + ": the function returned null");
            double[] v = new double[y.length];
            for (int i = 0; i < y.length; i++) {
                if (y[i] == null) throw new IllegalArgumentException(operation + ": component " + i + " of the result is null");
                v[i] = y[i].doubleValue();
            }
            return v;
        };
    }

    /** {@code x} with coordinate {@code i} replaced by {@code t}. */
    public static double[] with(double[] x, int i, double t) {
        double[] y = x.clone();
        y[i] = t;
        return y;
    }

    /** {@code x} with coordinates {@code i} and {@code j} replaced by {@code a} and {@code b}. */
    public static double[] with(double[] x, int i, double a, int j, double b) {
        double[] y = x.clone();
        y[i] = a;
        y[j] = b;
        return y;
    }

    /** Runs {@code body}, turning a read past the end of the point into a message that names the sizes. */
    public static <T> T guarded(String operation, int length, java.util.function.Supplier<T> body) {
        try {
            return body.get();
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new IllegalArgumentException(operation + ": the function read past the end of the point, which has "
                    + length + " coordinate" + (length == 1 ? "" : "s") + " (" + e.getMessage() + ")", e);
        }
    }
}
