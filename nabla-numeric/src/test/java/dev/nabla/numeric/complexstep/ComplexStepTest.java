package dev.nabla.numeric.complexstep;

import dev.nabla.core.forward.Forward;
import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.function.UnivariateFunction;
import dev.nabla.core.function.VectorFunction;
import dev.nabla.core.algebra.Num;
import dev.nabla.core.rules.CustomPrimitive;
import dev.nabla.numeric.Estimate;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComplexStepTest {

    private static final ScalarFunction SEED = x -> x[0].pow(3).add(x[0].mul(4)).mul(x[1].exp()).mul(x[2].sin());
    private static final double[] POINT = {4, 5, 1};

    @Test
    void derivativeIsExactToRounding() {
        UnivariateFunction f = t -> t.atan().mul(t.exp()).div(t.pow(2).add(1).sqrt()).add(t.abs().log());
        for (double x : new double[] {-2.5, 0.3, 1, 7}) {
            Estimate e = ComplexStep.create().derivative(f, x);
            double exact = Forward.derivative(f, x);
            assertEquals(exact, e.value(), 4e-16 * Math.abs(exact) + 1e-300, "at " + x);
            assertTrue(Math.abs(e.value() - exact) <= e.error() + 1e-300);
            assertEquals(1, e.evaluations());
        }
    }

    @Test
    void gradientJacobianAndHessianMatchForwardMode() {
        double[] g = Estimate.values(ComplexStep.create().gradient(SEED, POINT));
        double[] exact = Forward.gradient(SEED, POINT);
        for (int i = 0; i < 3; i++) assertEquals(exact[i], g[i], 1e-15 * Math.abs(exact[i]));
        VectorFunction v = x -> new Num[] {x[0].mul(x[1]), x[1].sin().add(x[0])};
        double[][] j = Estimate.values(ComplexStep.create().parallel(true).jacobian(v, new double[] {2, 3}));
        assertEquals(3, j[0][0], 1e-15);
        assertEquals(2, j[0][1], 1e-15);
        assertEquals(1, j[1][0], 1e-15);
        assertEquals(Math.cos(3), j[1][1], 1e-15);
        double[][] h = Estimate.values(ComplexStep.create().hessian(SEED, POINT));
        double[][] hExact = Forward.hessian(SEED, POINT);
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) assertEquals(hExact[a][b], h[a][b], 1e-11 * Math.abs(hExact[a][b]) + 1e-9);
        }
    }

    @Test
    void customPrimitivesWorkThroughTheirBackwardPass() {
        CustomPrimitive square = CustomPrimitive.of("square", 1,
                a -> new CustomPrimitive.Evaluation<>(a[0] * a[0], a[0]),
                (Double cache, double dout) -> new double[] {2 * cache * dout});
        Estimate e = ComplexStep.create().derivative(t -> square.apply(t.sin()), 0.4);
        assertEquals(2 * Math.sin(0.4) * Math.cos(0.4), e.value(), 1e-16);
    }

    @Test
    void nanIsReportedAndBadInputNamed() {
        Estimate e = ComplexStep.create().derivative(t -> t.log(), -1);
        assertTrue(Double.isNaN(e.value()) && Double.isNaN(e.error()));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ComplexStep.create().derivative(t -> t, Double.NaN))
                .getMessage().contains("point"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ComplexStep.create().step(0)).getMessage().contains("step"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ComplexStep.create().gradient(SEED, new double[] {1, 2}))
                .getMessage().contains("past the end"));
    }
}
