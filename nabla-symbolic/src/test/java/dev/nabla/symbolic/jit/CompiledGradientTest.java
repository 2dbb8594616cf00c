package dev.nabla.symbolic.jit;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.algebra.Real;
import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.function.VectorFunction;
import dev.nabla.core.reverse.Reverse;
import dev.nabla.core.rules.BinaryPrimitive;
import dev.nabla.core.rules.CustomPrimitive;
import dev.nabla.core.rules.Domain;
import dev.nabla.core.rules.Primitive;
import dev.nabla.core.rules.Primitives;
import dev.nabla.core.rules.SpecialPoint;
import dev.nabla.core.rules.UnaryPrimitive;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    @Test
    void everyPrimitiveGivesTheTapesGradientInsideItsDomainAndTheTablesValueAtItsSpecialPoints() {
        for (Primitive p : Primitives.all()) {
            ScalarFunction f = applying(p);
            CompiledGradient g = Compiled.gradient(f, p.arity());
            for (double[] x : samples(p)) {
                assertArrayEquals(Reverse.gradient(f, x), g.gradient(x), 1e-15, p.name() + " at " + Arrays.toString(x));
                assertEquals(f.apply(Real.of(x)).doubleValue(), g.valueAndGradient(x).value(), 0.0, p.name() + " value");
            }
            for (SpecialPoint sp : p.specialPoints()) {
                double[] got = g.gradient(sp.at());
                assertArrayEquals(sp.partials(), got, 0.0, p.name() + " at its special point " + Arrays.toString(sp.at()) + ": " + sp.why());
                assertArrayEquals(Reverse.gradient(f, sp.at()), got, 0.0, p.name() + ": the tape at " + Arrays.toString(sp.at()));
            }
        }
    }

    /** {@code p} applied to the inputs, both operands variable for a binary primitive. */
    static ScalarFunction applying(Primitive p) {
        if (p instanceof UnaryPrimitive u) return x -> x[0].apply(u);
        BinaryPrimitive b = (BinaryPrimitive) p;
        return x -> x[0].apply(b, x[1]);
    }

    /** Three points inside each operand's domain interval (all combinations for two operands). */
    static List<double[]> samples(Primitive p) {
        List<double[]> per = new ArrayList<>();
        for (Domain.Interval i : p.domain().intervals()) per.add(inside(i));
        List<double[]> points = new ArrayList<>();
        if (p.arity() == 1) {
            for (double v : per.get(0)) points.add(new double[] {v});
        } else {
            double[] second = per.size() > 1 ? per.get(1) : per.get(0);
            for (double a : per.get(0)) for (double b : second) points.add(new double[] {a, b});
        }
        return points;
    }

    private static double[] inside(Domain.Interval i) {
        boolean lo = Double.isFinite(i.lower()), hi = Double.isFinite(i.upper());
        if (lo && hi) return new double[] {i.lower() + 0.2 * (i.upper() - i.lower()), (i.lower() + i.upper()) / 2, i.upper() - 0.3 * (i.upper() - i.lower())};
        if (lo) return new double[] {i.lower() + 0.3, i.lower() + 1.1, i.lower() + 2.7};
        if (hi) return new double[] {i.upper() - 0.3, i.upper() - 1.1, i.upper() - 2.7};
        return new double[] {-1.3, 0.4, 2.1};
    }

    @Test
    void aConstantExponentSquareAndQuotientFollowTheTape() {
        ScalarFunction f = x -> x[0].pow(2.5).add(x[1].square()).div(x[2].sqrt()).sub(x[0].mul(-1)).add(x[1].pow(x[2]));
        double[] x = {1.7, 0.6, 2.3};
        assertArrayEquals(Reverse.gradient(f, x), Compiled.gradient(f, 3).gradient(x), 1e-15);
    }

    @Test
    void whereTheValueIsNaNTheGradientIsNaNAsOnTheTape() {
        ScalarFunction f = x -> x[0].log().add(x[1].mul(2));
        CompiledGradient g = Compiled.gradient(f, 3);
        double[] out = new double[3];
        assertTrue(Double.isNaN(g.gradient(new double[] {-1, 2, 3}, out)));
        assertTrue(Arrays.stream(out).allMatch(Double::isNaN), "every component, x2 too: " + Arrays.toString(out));
        assertArrayEquals(Reverse.gradient(f, new double[] {-1, 2, 3}), out, 0.0, "as on the tape");
    }

    @Test
    void anIdenticallyZeroAdjointContributesNothingEvenTimesAnInfinitePartial() {
        ScalarFunction f = x -> x[0].sqrt().sign().add(x[1]);
        assertArrayEquals(new double[] {0, 1}, Compiled.gradient(f, 2).gradient(new double[] {0, 5}), 0.0);
        assertArrayEquals(Reverse.gradient(f, new double[] {0, 5}), Compiled.gradient(f, 2).gradient(new double[] {0, 5}), 0.0,
                "the zero rule on the tape too: 0 · sqrt'(0) = 0 · ∞ = 0");
    }

    @Test
    void aZeroThatHappensOnlyAtRunTimeIsDroppedByTheZeroRuleAsOnTheTape() {
        ScalarFunction f = x -> x[0].abs().sqrt().add(x[1].pow(x[0]));
        double[] at = {0, 0};
        double[] compiled = Compiled.gradient(f, 2).gradient(at);
        assertArrayEquals(new double[] {Double.NEGATIVE_INFINITY, 0}, compiled, 0.0,
                "abs'(0) · sqrt'(0) = 0 · ∞ = 0, ∂y y^x = x · y^(x-1) = 0 · ∞ = 0 at x = 0, ∂x y^x = y^x · log y = -∞");
        assertArrayEquals(Reverse.gradient(f, at), compiled, 0.0, "as on the tape");
    }

    @Test
    void sharedSubexpressionsAreComputedOnce() {
        ScalarFunction twice = x -> x[0].sin().mul(x[1]).add(x[0].sin().mul(x[1]).exp());
        ScalarFunction once = x -> {
            Num s = x[0].sin().mul(x[1]);
            return s.add(s.exp());
        };
        assertEquals(Compiled.gradient(once, 2).operations(), Compiled.gradient(twice, 2).operations());
        double[] x = {0.3, -1.2};
        assertArrayEquals(Reverse.gradient(once, x), Compiled.gradient(twice, 2).gradient(x), 1e-15);
    }

    @Test
    void constantsAndInputsAsOutputs() {
        assertArrayEquals(new double[] {0, 0}, Compiled.gradient(x -> x[0].constant(3), 2).gradient(new double[] {1, 2}), 0.0);
        assertArrayEquals(new double[] {0, 1}, Compiled.gradient(x -> x[1], 2).gradient(new double[] {1, 2}), 0.0);
        double[] nanValue = {Double.NaN, Double.NaN};
        assertArrayEquals(nanValue, Compiled.gradient(x -> x[1], 2).gradient(new double[] {1, Double.NaN}), 0.0, "a NaN value");
        assertArrayEquals(nanValue, Reverse.gradient(x -> x[1], new double[] {1, Double.NaN}), 0.0, "as on the tape");
        assertEquals(7.0, Compiled.gradient(x -> Real.of(7), 0).gradient(new double[0], new double[0]));
    }

    @Test
    void customPrimitivesUseTheirAlgebraRuleAndNameItWhenMissing() {
        CustomPrimitive times = CustomPrimitive.of("times", 2,
                a -> new CustomPrimitive.Evaluation<>(a[0] * a[1], a),
                (double[] cache, double dout) -> new double[] {cache[1] * dout, cache[0] * dout});
        ScalarFunction bare = x -> times.apply(x[0], x[1]).sin();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Compiled.gradient(bare, 2));
        assertTrue(e.getMessage().contains("'times'") && e.getMessage().contains("withRule"), e.getMessage());
        CustomPrimitive ruled = times.withRule(a -> new Num[] {a[1], a[0]});
        ScalarFunction f = x -> ruled.apply(x[0], x[1]).sin();
        double[] x = {0.4, 1.5};
        assertArrayEquals(Reverse.gradient(f, x), Compiled.gradient(f, 2).gradient(x), 1e-15);
    }

    @Test
    void badArgumentsGetMessagesNamingTheOperationAndTheLengths() {
        CompiledGradient g = Compiled.gradient(SEED, 3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> g.gradient(new double[2]));
        assertEquals("gradient: the point must have 3 coordinates, got 2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> g.gradient(new double[3], new double[4]));
        assertEquals("gradient: the output array must have 3 coordinates, got 4", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Compiled.gradient(SEED, 2));
        assertTrue(e.getMessage().startsWith("compiled gradient: the function read past its 2 inputs"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Compiled.gradient(x -> null, 2));
        assertEquals("compiled gradient: the function returned null", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Compiled.gradient(null, 2));
        assertEquals("compiled gradient: the function is null", e.getMessage());
        CompiledJacobian j = Compiled.jacobian(x -> new Num[] {x[0], x[1].sin()}, 2);
        e = assertThrows(IllegalArgumentException.class, () -> j.jacobian(new double[2], new double[][] {{0, 0}, {0}}));
        assertEquals("jacobian: row 1 of the output must have 2 entries, got 1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> j.vjp(new double[2], new double[3]));
        assertEquals("vjp: the cotangent must have 2 coordinates, got 3", e.getMessage());
    }

    @Test
    void branchingOnAValueIsRefusedWithAMessageNamingTheTape() {
        ScalarFunction branchy = x -> x[0].doubleValue() > 0 ? x[0].sin() : x[0].cos();
        ValueDependentException e = assertThrows(ValueDependentException.class, () -> Compiled.gradient(branchy, 1));
        assertTrue(e.getMessage().contains("'reverse'") && e.getMessage().contains("doubleValue()"), e.getMessage());
        ScalarFunction primitives = x -> x[0].abs().max(x[1]).add(x[0].sign().mul(x[1]));
        double[] at = {-0.5, 0.2};
        assertArrayEquals(Reverse.gradient(primitives, at), Compiled.gradient(primitives, 2).gradient(at), 0.0);
        ScalarFunction constantBranch = x -> x[0].constant(2).doubleValue() > 1 ? x[0].exp() : x[0];
        assertEquals(Math.exp(0.5), Compiled.gradient(constantBranch, 1).gradient(new double[] {0.5})[0], 1e-15,
                "the value of a constant is known while tracing");
    }

    @Test
    void aJacobianWithRespectToTheFirstInputsTakesTheRestAsData() {
        // a reprojection-like residual block: parameters (angle, scale, tx, ty), data (observation u, v)
        VectorFunction block = x -> {
            Num c = x[0].cos(), s = x[0].sin();
            Num px = x[1].mul(c.mul(0.7).sub(s.mul(0.2))).add(x[2]);
            Num py = x[1].mul(s.mul(0.7).add(c.mul(0.2))).add(x[3]);
            return new Num[] {px.sub(x[4]), py.sub(x[5])};
        };
        CompiledJacobian j = Compiled.jacobian(block, 6, 4);
        assertEquals(4, j.columns());
        double[] params = {0.3, 1.7, -0.2, 0.4};
        for (double[] obs : new double[][] {{0.5, 0.1}, {-1, 2}}) {
            VectorFunction withData = x -> block.apply(x[0], x[1], x[2], x[3], x[0].constant(obs[0]), x[0].constant(obs[1]));
            double[][] expected = Reverse.jacobian(withData, params);
            double[][] actual = j.jacobian(new double[] {params[0], params[1], params[2], params[3], obs[0], obs[1]});
            for (int i = 0; i < 2; i++) assertArrayEquals(expected[i], actual[i], 1e-15, "row " + i + " at " + Arrays.toString(obs));
        }
        assertThrows(IllegalArgumentException.class, () -> Compiled.jacobian(block, 6, 7));
    }

    @Test
    void aGradientWithRespectToTheFirstInputsTakesTheRestAsData() {
        // a logistic record loss: parameters (w0, w1, w2), data (x1, x2, label)
        ScalarFunction record = x -> {
            Num z = x[0].add(x[1].mul(x[3])).add(x[2].mul(x[4]));
            return z.max(z.constant(0)).add(z.abs().neg().exp().log1p()).sub(z.mul(x[5]));
        };
        CompiledGradient g = Compiled.gradient(record, 6, 3);
        assertEquals(6, g.inputs());
        assertEquals(3, g.wrt());
        double[] params = {0.3, -1.2, 0.8};
        for (double[] data : new double[][] {{0.5, 0.1, 1}, {-1, 2, 0}, {40, 3, 1}}) {
            ScalarFunction withData = x -> record.apply(x[0], x[1], x[2],
                    x[0].constant(data[0]), x[0].constant(data[1]), x[0].constant(data[2]));
            double[] in = {params[0], params[1], params[2], data[0], data[1], data[2]};
            double[] out = new double[3];
            double value = g.gradient(in, out);
            assertEquals(withData.apply(Real.of(params)).doubleValue(), value, 0.0);
            assertArrayEquals(Reverse.gradient(withData, params), out, 1e-15, Arrays.toString(data));
        }
        double[] atZero = g.gradient(new double[] {0, 0, 0, 1, 2, 1});
        assertArrayEquals(new double[] {-0.5, -0.5, -1}, atZero, 1e-15, "max at a tie gives half, so softplus'(0) = 1/2");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> g.gradient(new double[6], new double[6]));
        assertEquals("gradient: the output array must have 3 coordinates, got 6", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Compiled.gradient(record, 6, 7));
        assertEquals("compiled gradient: cannot differentiate by the first 7 of 6 inputs", e.getMessage());
    }
}
