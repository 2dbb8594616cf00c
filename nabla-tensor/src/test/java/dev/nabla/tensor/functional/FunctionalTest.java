package dev.nabla.tensor.functional;

import dev.nabla.tensor.CustomFunction;
import dev.nabla.tensor.Tensor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** vjp, jvp, jacobian, hessian and hvp against closed forms, and gradcheck catching a wrong derivative. */
class FunctionalTest {

    private final Tensor x = Tensor.tensor(0.5, -1.0, 2.0);

    @Test
    void jacobianOfAnElementwiseSquareIsDiagonal() {
        Tensor j = Functional.jacobian(t -> t.pow(2.0), x);
        assertArrayEquals(new int[] {3, 3}, j.shape());
        assertArrayEquals(new double[] {1, 0, 0, 0, -2, 0, 0, 0, 4}, j.toDoubleArray(), 0);
    }

    @Test
    void jacobianOfAMatrixValuedFunctionHasBothShapes() {
        Tensor j = Functional.jacobian(t -> t.unsqueeze(1).mul(Tensor.tensor(1.0, 2.0)), x);
        assertArrayEquals(new int[] {3, 2, 3}, j.shape());
        assertArrayEquals(new double[] {1, 0, 0, 2, 0, 0}, java.util.Arrays.copyOf(j.toDoubleArray(), 6), 0);
    }

    @Test
    void hessianOfASumOfCubesIsSixXOnTheDiagonal() {
        Tensor h = Functional.hessian(t -> t.pow(3.0).sum(), x);
        assertArrayEquals(new double[] {3, 0, 0, 0, -6, 0, 0, 0, 12}, h.toDoubleArray(), 1e-12);
    }

    @Test
    void productsAgreeWithTheFullMatrices() {
        Tensor v = Tensor.tensor(1.0, 2.0, -1.0);
        var f = (java.util.function.UnaryOperator<Tensor>) t -> t.sin().mul(t.sum());
        Tensor j = Functional.jacobian(f, x);
        Tensor jv = Functional.jvp(f, x, v).product();
        Tensor vj = Functional.vjp(f, x, v).product();
        assertTrue(jv.allclose(j.matmul(v), 1e-12, 1e-12));
        assertTrue(vj.allclose(v.matmul(j), 1e-12, 1e-12));
        var g = (java.util.function.UnaryOperator<Tensor>) t -> t.exp().mul(t).sum();
        Tensor hv = Functional.hvp(g, x, v).product();
        assertTrue(hv.allclose(Functional.hessian(g, x).matmul(v), 1e-12, 1e-12));
    }

    @Test
    void gradcheckPassesACorrectRuleAndCatchesAWrongOne() {
        Tensor a = Tensor.tensor(0.3, 0.7).requiresGrad_(true);
        assertTrue(GradCheck.gradcheck(in -> in[0].sin().mul(in[0]).sum(), a));
        assertTrue(GradCheck.gradgradcheck(in -> in[0].sin().mul(in[0]), a));
        CustomFunction wrongSin = CustomFunction.of("WrongSin", (ctx, in) -> {
            ctx.saveForBackward(in[0]);
            return in[0].sin();
        }, (ctx, g) -> new Tensor[] {g.mul(ctx.saved(0).sin())});
        AssertionError e = assertThrows(AssertionError.class, () -> GradCheck.gradcheck(in -> wrongSin.apply(in[0]), a));
        assertTrue(e.getMessage().contains("input 0"), e.getMessage());
        CustomFunction onceOnly = CustomFunction.of("Square", (ctx, in) -> {
            ctx.saveForBackward(in[0]);
            return in[0].mul(in[0]);
        }, (ctx, g) -> new Tensor[] {g.mul(ctx.saved(0).detach()).mul(2.0)});
        assertTrue(GradCheck.gradcheck(in -> onceOnly.apply(in[0]), a));
        assertThrows(AssertionError.class, () -> GradCheck.gradgradcheck(in -> onceOnly.apply(in[0]), a));
    }

    @Test
    void badArgumentsAreNamed() {
        assertThrows(IllegalArgumentException.class, () -> Functional.jvp(t -> t, x, Tensor.tensor(1.0)));
        assertThrows(IllegalArgumentException.class, () -> Functional.hessian(t -> t, x));
        assertThrows(IllegalArgumentException.class,
                () -> GradCheck.gradcheck(in -> in[0], Tensor.tensor(1f).requiresGrad_(true)));
    }
}
