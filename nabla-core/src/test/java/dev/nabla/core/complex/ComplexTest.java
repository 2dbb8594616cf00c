package dev.nabla.core.complex;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.algebra.Real;
import dev.nabla.core.function.UnivariateFunction;
import dev.nabla.core.rules.CustomPrimitive;
import org.junit.jupiter.api.Test;

import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComplexTest {

    private static final Complex Z = Complex.of(0.3, 0.4);
    private static final Complex W = Complex.of(2.1, -0.7);

    private static void assertSameComplex(Complex expected, Num actual, String what) {
        Complex a = (Complex) actual;
        assertEquals(expected.re(), a.re(), 1e-13, what + " (real part)");
        assertEquals(expected.im(), a.im(), 1e-13, what + " (imaginary part)");
    }

    @Test
    void inverseFunctionsUndoTheirFunctionsOffTheRealLine() {
        for (Complex z : new Complex[] {Z, W, Complex.of(-0.6, 0.2), Complex.of(-1.7, -2.5)}) {
            check(z, c -> c.sin().asin(), z.re() > -Math.PI / 2 && z.re() < Math.PI / 2, "asin(sin z)");
            check(z, c -> c.cos().acos(), z.re() > 0 && z.re() < Math.PI, "acos(cos z)");
            check(z, c -> c.tan().atan(), Math.abs(z.re()) < Math.PI / 2, "atan(tan z)");
            check(z, c -> c.exp().log(), Math.abs(z.im()) < Math.PI, "log(exp z)");
            check(z, c -> c.log1p().expm1(), true, "expm1(log1p z)");
            check(z, c -> c.sinh().asinh(), Math.abs(z.im()) < Math.PI / 2, "asinh(sinh z)");
            check(z, c -> c.tanh().atanh(), Math.abs(z.im()) < Math.PI / 4, "atanh(tanh z)");
            check(z, c -> c.cosh().acosh(), z.re() > 0, "acosh(cosh z)");
            check(z, c -> c.sqrt().mul(c.sqrt()), true, "sqrt(z)²");
        }
    }

    private static void check(Complex z, UnaryOperator<Num> roundTrip, boolean inPrincipalStrip, String what) {
        if (inPrincipalStrip) assertSameComplex(z, roundTrip.apply(z), what + " at " + z);
    }

    @Test
    void arithmeticFollowsTheFieldLaws() {
        assertSameComplex(Complex.of(0.3 * 2.1 + 0.4 * 0.7, 0.4 * 2.1 - 0.3 * 0.7), Z.mul(W), "z·w");
        assertSameComplex(Z, Z.div(W).mul(W), "(z/w)·w");
        assertSameComplex(Complex.of(-0.16 + 0.09 * 0, 0), Complex.of(0, 0.4).mul(Complex.of(0, 0.4)), "(0.4i)²");
        assertSameComplex(Complex.of(Math.E * Math.cos(1), Math.E * Math.sin(1)), Complex.of(1, 1).exp(), "e^(1+i)");
    }

    @Test
    void complexStepOfACompositeIsExact() {
        UnivariateFunction f = x -> x.pow(3).add(x.mul(4)).mul(x.sin()).div(x.exp().add(1));
        double x = 1.3, h = 1e-20;
        double exact = ((3 * x * x + 4) * Math.sin(x) + (x * x * x + 4 * x) * Math.cos(x)) / (Math.exp(x) + 1)
                - (x * x * x + 4 * x) * Math.sin(x) * Math.exp(x) / Math.pow(Math.exp(x) + 1, 2);
        Complex y = (Complex) f.apply(Complex.of(x, h));
        assertEquals(exact, y.im() / h, 1e-15 * Math.abs(exact) * 4);
    }

    @Test
    void integerPowersOfNegativeBasesStayReal() {
        Complex y = (Complex) Complex.of(-2, 1e-20).pow(3);
        assertEquals(-8, y.re());
        assertEquals(12, y.im() / 1e-20, 1e-14);
        Complex big = (Complex) Complex.of(-1.01, 1e-20).pow(101);
        assertEquals(Math.pow(-1.01, 101), big.re(), 1e-13 * Math.abs(big.re()));
        assertEquals(101 * Math.pow(-1.01, 100), big.im() / 1e-20, 1e-12 * Math.abs(big.im() / 1e-20));
    }

    @Test
    void cubeRootIsRealOnTheNegativeAxis() {
        Complex y = (Complex) Complex.of(-8, 1e-20).cbrt();
        assertEquals(-2, y.re(), 1e-15);
        assertEquals(1.0 / 12, y.im() / 1e-20, 1e-15);
    }

    @Test
    void outsideTheRealDomainTheValueIsNaNNotAnotherBranch() {
        assertTrue(Double.isNaN(((Complex) Complex.of(-1, 1e-20).log()).im()));
        assertTrue(Double.isNaN(((Complex) Complex.of(-1, 1e-20).sqrt()).re()));
        assertTrue(Double.isNaN(((Complex) Complex.of(2, 1e-20).asin()).im()));
        assertTrue(Double.isNaN(((Complex) Complex.of(-2, 1e-20).pow(0.5)).im()));
    }

    @Test
    void nonSmoothPrimitivesFollowTheTableConventions() {
        double h = 1e-20;
        assertEquals(-1, ((Complex) Complex.of(-3, h).abs()).im() / h);
        assertEquals(0, ((Complex) Complex.of(0, h).abs()).im() / h);
        assertEquals(0.5, ((Complex) Complex.of(1, h).max(Complex.real(1))).im() / h);
        assertEquals(1, ((Complex) Complex.of(1, h).min(Complex.real(2))).im() / h);
        assertEquals(0, ((Complex) Complex.of(1, h).heaviside()).im());
    }

    @Test
    void customPrimitivesUseTheirBackwardPass() {
        CustomPrimitive times = CustomPrimitive.of("times", 2,
                a -> new CustomPrimitive.Evaluation<>(a[0] * a[1], a),
                (double[] cache, double dout) -> new double[] {cache[1] * dout, cache[0] * dout});
        Complex y = (Complex) times.apply(Complex.of(3, 1e-20), Complex.real(5));
        assertEquals(15, y.re());
        assertEquals(5, y.im() / 1e-20, 1e-15);
    }

    @Test
    void realOperandsAreConstantsAndOtherBackendsAreRejected() {
        assertSameComplex(Complex.of(3.5, 0.4), Z.add(Real.of(3.2)), "z + Real");
        Num other = new Num() {
            public Num constant(double c) { return this; }
            public double doubleValue() { return 0; }
            public Num apply(dev.nabla.core.rules.UnaryPrimitive p) { return this; }
            public Num apply(dev.nabla.core.rules.BinaryPrimitive p, Num y) { return this; }
            public Num apply(dev.nabla.core.rules.BinaryPrimitive p, double c) { return this; }
            public Num apply(CustomPrimitive p, Num[] args) { return this; }
        };
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Z.mul(other));
        assertTrue(e.getMessage().contains("mul"), e.getMessage());
    }
}
