package dev.nabla.bench.core;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.reverse.Tape;

import java.util.SplittableRandom;

/**
 * The cheap-operation functions on which a tape's cost per recorded operation is measured (as Stan's
 * benchmarks do), each with its hand-written plain-double twin:
 * <ul>
 *   <li>{@code sum}: {@code Σ xᵢ} over {@code N} inputs — one addition per input;</li>
 *   <li>{@code dot}: {@code Σ xᵢ yᵢ} over {@code 2N} inputs — a product and an addition per pair;</li>
 *   <li>{@code normal}: the normal log-density {@code Σ −½((xᵢ − μ)/σ)² − N log σ − N log √(2π)} with
 *       {@code μ} and {@code σ} the last two of {@code N + 2} inputs — subtraction, division, square
 *       and addition per point.</li>
 * </ul>
 */
public enum TapeCost {
    /** {@code Σ xᵢ}. */
    SUM {
        @Override public int inputs(int n) { return n; }
        @Override public Num apply(Num[] x) {
            Num sum = x[0];
            for (int i = 1; i < x.length; i++) sum = sum.add(x[i]);
            return sum;
        }
        @Override public double plain(double[] x) {
            double sum = x[0];
            for (int i = 1; i < x.length; i++) sum += x[i];
            return sum;
        }
    },
    /** {@code Σ xᵢ yᵢ}, {@code x} the first half of the inputs and {@code y} the second. */
    DOT {
        @Override public int inputs(int n) { return 2 * n; }
        @Override public Num apply(Num[] x) {
            int n = x.length / 2;
            Num sum = x[0].mul(x[n]);
            for (int i = 1; i < n; i++) sum = sum.add(x[i].mul(x[n + i]));
            return sum;
        }
        @Override public double plain(double[] x) {
            int n = x.length / 2;
            double sum = x[0] * x[n];
            for (int i = 1; i < n; i++) sum += x[i] * x[n + i];
            return sum;
        }
    },
    /** The normal log-density of the first {@code N} inputs with mean and deviation the last two. */
    NORMAL {
        @Override public int inputs(int n) { return n + 2; }
        @Override public Num apply(Num[] x) {
            int n = x.length - 2;
            Num mu = x[n], sigma = x[n + 1];
            Num sum = x[0].sub(mu).div(sigma).square();
            for (int i = 1; i < n; i++) sum = sum.add(x[i].sub(mu).div(sigma).square());
            return sum.mul(-0.5).sub(sigma.log().mul(n)).sub(n * LOG_SQRT_2PI);
        }
        @Override public double plain(double[] x) {
            int n = x.length - 2;
            double mu = x[n], sigma = x[n + 1];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double z = (x[i] - mu) / sigma;
                sum += z * z;
            }
            return -0.5 * sum - n * Math.log(sigma) - n * LOG_SQRT_2PI;
        }
    };

    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

    /** The number of inputs for size {@code n}. */
    public abstract int inputs(int n);

    /** The function on the algebra. */
    public abstract Num apply(Num[] x);

    /** The same function on plain doubles, written by hand. */
    public abstract double plain(double[] x);

    /** The function as a {@link ScalarFunction}. */
    public ScalarFunction function() {
        return this::apply;
    }

    /** A point of size {@code n} (seeded): inputs in {@code [0.5, 1.5]}, so that σ is positive. */
    public double[] point(int n) {
        return new SplittableRandom(17 + n).doubles(inputs(n), 0.5, 1.5).toArray();
    }

    /** The operations the function records on a tape at size {@code n} (nodes other than the inputs). */
    public int recordedOperations(int n) {
        Tape tape = new Tape();
        apply(tape.variables(point(n)));
        return tape.size() - inputs(n);
    }
}
