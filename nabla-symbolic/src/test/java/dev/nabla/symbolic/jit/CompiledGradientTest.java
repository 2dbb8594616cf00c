package dev.nabla.symbolic.jit;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.algebra.Real;
import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.function.VectorFunction;
import dev.nabla.core.reverse.Reverse;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

/** Compiled gradients, Jacobians and Hessians against the tape, on the same lambdas. */
class CompiledGradientTest {

    /** The seed notebook's function, {@code (x³ + 4x)·eʸ·sin z}. */
    static final ScalarFunction SEED = x -> x[0].pow(3).add(x[0].mul(4)).mul(x[1].exp()).mul(x[2].sin());

    /** {@code Σᵢ sin(xᵢ)·exp(xᵢ₊₁)·log(1 + xᵢ₊₂²)}. */
    static final ScalarFunction SIN_EXP_LOG = x -> {
        Num sum = x[0].constant(0);
        for (int i = 0; i + 2 < x.length; i++) sum = sum.add(x[i].sin().mul(x[i + 1].exp()).mul(x[i + 2].square().add(1).log()));
        return sum;
    };

    static double[] point(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = r.nextDouble(-1, 1);
        return x;
    }

    @Test
    void theSeedFunctionGivesTheTapesGradientAndThePlainValue() {
        double[] x = {4, 5, 1};
        CompiledGradient g = Compiled.gradient(SEED, 3);
        double[] out = new double[3];
        double value = g.gradient(x, out);
        assertEquals(SEED.apply(Real.of(x)).doubleValue(), value, 0.0, "the forward pass does the function's own operations");
        assertArrayEquals(Reverse.gradient(SEED, x), out, 0.0, "the adjoints are the tape's, term for term");
        assertEquals(6494.039091721801, out[0], 1e-9);
    }

    @Test
    void sinExpLogAgreesWithTheTapeAtSeveralSizes() {
        for (int n : new int[] {3, 10, 100, 1000}) {
            CompiledGradient g = Compiled.gradient(SIN_EXP_LOG, n);
            for (long seed = 1; seed <= 3; seed++) {
                double[] x = point(n, seed);
                double[] expected = Reverse.gradient(SIN_EXP_LOG, x);
                double[] actual = g.gradient(x);
                for (int j = 0; j < n; j++) assertEquals(expected[j], actual[j], 1e-15 * (1 + Math.abs(expected[j])), "n = " + n + ", ∂f/∂x" + j);
            }
        }
    }

    @Test
    void jacobianVjpAndHessianAgreeWithTheTape() {
        VectorFunction f = x -> new Num[] {x[0].mul(x[1]).sin(), x[0].div(x[2]).add(x[1].exp()), x[2].hypot(x[0])};
        double[] x = {0.7, -0.3, 1.9};
        CompiledJacobian j = Compiled.jacobian(f, 3);
        double[][] expected = Reverse.jacobian(f, x);
        double[][] actual = j.jacobian(x);
        for (int i = 0; i < 3; i++) assertArrayEquals(expected[i], actual[i], 1e-15, "row " + i);
        double[] u = {0.5, -2, 3};
        assertArrayEquals(Reverse.vjp(f, x, u), j.vjp(x, u), 1e-14);
        double[][] h = Compiled.hessian(SEED, 3).jacobian(new double[] {4, 5, 1});
        double[][] hTape = Reverse.hessian(SEED, new double[] {4, 5, 1});
        for (int i = 0; i < 3; i++) for (int k = 0; k < 3; k++) assertEquals(hTape[i][k], h[i][k], 1e-9 * (1 + Math.abs(hTape[i][k])), "H" + i + k);
    }
}
