package dev.nabla.core.forward;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.algebra.Real;
import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.rules.CustomPrimitive;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ForwardTest {

    @Test
    void nestedDerivativesDoNotConfusePerturbations() {
        for (double x0 : new double[] {-2, 0, 1, 3.5}) {
            Num d = Forward.derivative(x -> x.mul(Forward.derivative(y -> x.add(y), x)), Real.of(x0));
            assertEquals(1.0, d.doubleValue(), 0.0, "d/dx [x · d/dy (x + y)] at " + x0);
        }
    }

    @Test
    void nestedDerivativeGivesSecondAndThirdDerivatives() {
        Num x = Real.of(0.7);
        Num second = Forward.derivative(u -> Forward.derivative(Num::sin, u), x);
        Num third = Forward.derivative(v -> Forward.derivative(u -> Forward.derivative(Num::sin, u), v), x);
        assertEquals(-Math.sin(0.7), second.doubleValue(), 1e-15);
        assertEquals(-Math.cos(0.7), third.doubleValue(), 1e-15);
    }

    @Test
    void hessianOfTheSeedFunction() {
        ScalarFunction f = v -> v[0].pow(3).add(v[0].mul(4)).mul(v[1].exp()).mul(v[2].sin());
        double x = 4, y = 5, z = 1, ey = Math.exp(y);
        double[][] exact = {
                {6 * x * ey * Math.sin(z), (3 * x * x + 4) * ey * Math.sin(z), (3 * x * x + 4) * ey * Math.cos(z)},
                {(3 * x * x + 4) * ey * Math.sin(z), (x * x * x + 4 * x) * ey * Math.sin(z), (x * x * x + 4 * x) * ey * Math.cos(z)},
                {(3 * x * x + 4) * ey * Math.cos(z), (x * x * x + 4 * x) * ey * Math.cos(z), -(x * x * x + 4 * x) * ey * Math.sin(z)}};
        double[][] h = Forward.hessian(f, new double[] {x, y, z});
        for (int i = 0; i < 3; i++) assertArrayEquals(exact[i], h[i], 1e-9 * Math.abs(exact[i][i]), "row " + i);
        double[] hv = Forward.hvp(f, new double[] {x, y, z}, new double[] {1, -2, 0.5});
        for (int i = 0; i < 3; i++) assertEquals(exact[i][0] - 2 * exact[i][1] + 0.5 * exact[i][2], hv[i], 1e-7);
    }

    @Test
    void jvpIsTheDirectionalDerivative() {
        ScalarFunction f = v -> v[0].mul(v[1]).sin();
        double[] g = Forward.gradient(f, new double[] {0.3, 2});
        assertEquals(g[0] * 2 + g[1] * -1, Forward.jvp(f, new double[] {0.3, 2}, new double[] {2, -1}), 1e-15);
    }

    @Test
    void jacobianOfAVectorFunction() {
        double[][] j = Forward.jacobian(v -> new Num[] {v[0].mul(v[1]), v[0].sin(), v[1].constant(3)}, new double[] {2, 5});
        assertArrayEquals(new double[] {5, 2}, j[0], 0.0);
        assertArrayEquals(new double[] {Math.cos(2), 0}, j[1], 0.0);
        assertArrayEquals(new double[] {0, 0}, j[2], 0.0);
    }

    @Test
    void sparseAndDenseTangentsGiveTheSameGradient() {
        int n = 40;
        ScalarFunction local = v -> {
            Num s = v[0].constant(0);
            for (int i = 0; i + 2 < v.length; i++) s = s.add(v[i].sin().mul(v[i + 1].exp()).mul(v[i + 2].square().log1p()));
            return s;
        };
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = 0.1 * i - 1;
        double[] sparse = Forward.gradient(local, x);
        double[] dense = Forward.gradient(v -> {
            Num[] w = new Num[v.length];
            for (int i = 0; i < v.length; i++) w[i] = v[i].add(v[0].sub(v[0]).mul(v[v.length - 1]));
            return local.apply(w);
        }, x);
        assertArrayEquals(sparse, dense, 1e-13);
    }

    @Test
    void constantExponentAtNegativeBaseHasAFiniteDerivative() {
        assertEquals(3 * 4.0, Forward.derivative(x -> x.pow(3), -2.0), 0.0);
        assertEquals(-2 * 3 * -2.0, Forward.hessian(v -> v[0].pow(3).neg(), new double[] {-2})[0][0], 0.0);
    }

    @Test
    void customPrimitiveWithARuleNests() {
        CustomPrimitive square = CustomPrimitive.of("square", 1,
                        a -> new CustomPrimitive.Evaluation<>(a[0] * a[0], a[0]),
                        (Double x, double up) -> new double[] {2 * x * up})
                .withRule(a -> new Num[] {a[0].mul(2)});
        assertEquals(2.0, Forward.hessian(v -> square.apply(v[0]), new double[] {3})[0][0], 0.0);
        CustomPrimitive noRule = CustomPrimitive.of("cube", 1,
                a -> new CustomPrimitive.Evaluation<>(a[0] * a[0] * a[0], a[0]),
                (Double x, double up) -> new double[] {3 * x * x * up});
        assertEquals(27.0, Forward.derivative(noRule::apply, 3.0), 0.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Forward.hessian(v -> noRule.apply(v[0]), new double[] {3}));
        assertTrue(e.getMessage().contains("'cube' has no algebra rule"), e.getMessage());
    }

    @Test
    void mixingBackendsIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Dual.variable(1).add(DualVector.variable(1, 0, 1)));
        assertTrue(e.getMessage().contains("add: cannot combine a Dual with a DualVector"), e.getMessage());
    }

    @Property(tries = 200)
    void forwardEqualsReverseOnAComposite(@ForAll @DoubleRange(min = -2, max = 2) double a,
                                          @ForAll @DoubleRange(min = 0.1, max = 3) double b) {
        ScalarFunction f = v -> v[0].mul(v[1]).atan().add(v[1].log().mul(v[0].cosh())).div(v[0].hypot(v[1]));
        double[] fw = Forward.gradient(f, new double[] {a, b});
        double[] rv = dev.nabla.core.reverse.Reverse.gradient(f, new double[] {a, b});
        assertArrayEquals(fw, rv, 1e-13 * (1 + Math.abs(fw[0]) + Math.abs(fw[1])));
    }
}
