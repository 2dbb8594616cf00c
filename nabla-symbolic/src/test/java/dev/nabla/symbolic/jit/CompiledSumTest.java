package dev.nabla.symbolic.jit;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.reverse.Reverse;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Sums over data rows: one row's graph compiled, run once per row, against the tape on the whole sum. */
class CompiledSumTest {
    private static final int K = 3;
    private static final int D = 4;

    /**
     * A Gaussian-mixture log-likelihood term of one point {@code d}:
     * {@code log Σₖ exp(αₖ + Σⱼ sₖⱼ - ½ Σⱼ ((dⱼ - μₖⱼ)·e^{sₖⱼ})²)}, parameters {@code α (K), μ (K·D), s (K·D)}.
     */
    static Num mixtureTerm(Num[] theta, int offset, Num[] x, int rowOffset, boolean rowIsConstant, double[] row) {
        Num sum = null;
        for (int k = 0; k < K; k++) {
            Num exponent = theta[k];
            for (int j = 0; j < D; j++) {
                Num s = theta[K + K * D + k * D + j];
                Num d = rowIsConstant ? s.constant(row[j]) : x[rowOffset + j];
                Num z = d.sub(theta[K + k * D + j]).mul(s.exp());
                exponent = exponent.add(s).sub(z.square().mul(0.5));
            }
            sum = sum == null ? exponent.exp() : sum.add(exponent.exp());
        }
        return sum.log();
    }

    static final int P = K + 2 * K * D;

    @Test
    void aMixtureLikelihoodOverDataRowsEqualsTheTapeOnTheWholeSum() {
        double[][] rows = new double[50][];
        for (int i = 0; i < rows.length; i++) rows[i] = CompiledGradientTest.point(D, 100 + i);
        ScalarFunction whole = th -> {
            Num total = th[0].constant(0);
            for (double[] row : rows) total = total.add(mixtureTerm(th, 0, null, 0, true, row));
            return total;
        };
        CompiledSum sum = Compiled.sum(x -> mixtureTerm(x, 0, x, P, false, null), P, D);
        double[] theta = CompiledGradientTest.point(P, 5);
        double[] expected = Reverse.gradient(whole, theta);
        double[] out = new double[P];
        double value = sum.gradient(theta, rows, out);
        assertEquals(whole.apply(dev.nabla.core.algebra.Real.of(theta)).doubleValue(), value, 1e-12 * Math.abs(value));
        for (int j = 0; j < P; j++) assertEquals(expected[j], out[j], 1e-12 * (1 + Math.abs(expected[j])), "∂F/∂θ" + j);
        double again = sum.gradient(theta, rows, out);
        assertEquals(value, again, 0.0, "the output is overwritten, not accumulated across calls");
    }

    @Test
    void leastSquaresAndBadRows() {
        CompiledSum fit = Compiled.sum(x -> x[0].add(x[1].mul(x[2])).sub(x[3]).square(), 2, 2);
        double[][] rows = {{0, 1}, {1, 3}, {2, 5}};
        double[] grad = new double[2];
        assertEquals(0.0, fit.gradient(new double[] {1, 2}, rows, grad), 0.0);
        assertArrayEquals(new double[] {0, 0}, grad, 0.0);
        assertEquals(3.0, fit.gradient(new double[] {0, 2}, rows, grad), 0.0);
        assertArrayEquals(new double[] {-6, -6}, grad, 0.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> fit.gradient(new double[] {0, 2}, new double[][] {{0, 1}, {1}}, grad));
        assertEquals("sum gradient: row 1 must have 2 values, got 1", e.getMessage());
        assertTrue(Double.isNaN(fit.gradient(new double[] {Double.NaN, 2}, rows, grad)));
        assertTrue(Double.isNaN(grad[0]) && Double.isNaN(grad[1]));
    }
}
