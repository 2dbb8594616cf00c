package dev.nabla.tensor;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine's PyTorch semantics: leaves, accumulation, node names, hooks, scopes, higher order, custom functions. */
class AutogradTest {

    private static Tensor leaf(double... v) {
        return Tensor.tensor(v).requiresGrad_(true);
    }

    @Test
    void nodesAreNamedAndLinkedAsPyTorchLinksThem() {
        Tensor x = Tensor.tensor(3.0f).requiresGrad_(true), y = Tensor.tensor(7.0f).requiresGrad_(true);
        Tensor z = Tensor.tensor(2.0f).requiresGrad_(true);
        Tensor f = x.pow(3).add(x.mul(3)).mul(y.exp()).mul(z.sin());
        Node mul = f.gradFn().orElseThrow();
        assertEquals("MulBackward0", mul.name());
        assertEquals("MulBackward0", mul.nextFunctions().get(0).function().name());
        assertEquals("SinBackward0", mul.nextFunctions().get(1).function().name());
        Node sin = mul.nextFunctions().get(1).function();
        assertEquals("AccumulateGrad", sin.nextFunctions().get(0).function().name());
        assertEquals("((<MulBackward0 object>, 0), (<SinBackward0 object>, 0))",
                "(" + mul.nextFunctions().get(0) + ", " + mul.nextFunctions().get(1) + ")");
        assertEquals("RsubBackward1", x.rsub(2.0).gradFn().orElseThrow().name());
        assertEquals("PowBackward1", x.pow(y).gradFn().orElseThrow().name());
        assertEquals("SumBackward0", x.sum().gradFn().orElseThrow().name());
        assertEquals("SelectBackward0", x.get(0).gradFn().orElseThrow().name());
        assertEquals("Log1PBackward0", x.log1p().gradFn().orElseThrow().name());
    }

    @Test
    void leavesAccumulateAndNonLeavesKeepNoGradUnlessRetained() {
        Tensor x = leaf(1, 2, 3);
        Tensor y = x.mul(2.0);
        y.retainGrad();
        Tensor z = y.mul(y).sum();
        assertTrue(x.isLeaf());
        assertFalse(y.isLeaf());
        assertTrue(y.retainsGrad());
        z.backward(null, true, false, null);
        assertArrayEquals(new double[] {8, 16, 24}, x.grad().toDoubleArray());
        assertArrayEquals(new double[] {4, 8, 12}, y.grad().toDoubleArray());
        z.backward(null, true, false, null);
        assertArrayEquals(new double[] {16, 32, 48}, x.grad().toDoubleArray());
        Tensor w = x.mul(1.0);
        w.sum().backward();
        assertNull(w.grad());
    }

    @Test
    void backwardWithInputsAccumulatesOnlyIntoThem() {
        Tensor a = leaf(1, 2), b = leaf(3, 4);
        Tensor f = a.mul(b).sum();
        f.backward(null, false, false, List.of(b));
        assertNull(a.grad());
        assertArrayEquals(new double[] {1, 2}, b.grad().toDoubleArray());
    }

    @Test
    void gradLeavesDotGradAloneAndAllowsUnusedInputs() {
        Tensor a = leaf(1, 2), b = leaf(3, 4), c = leaf(5);
        Tensor f = a.mul(b).sum();
        TensorTuple g = Autograd.grad(List.of(f), List.of(a, c), null, false, false, true);
        assertArrayEquals(new double[] {3, 4}, g.get(0).toDoubleArray());
        assertNull(g.get(1));
        assertNull(a.grad());
        assertEquals("(tensor([3., 4.], dtype=torch.float64), None)", g.toString());
    }

    @Test
    void createGraphGivesHigherDerivatives() {
        Tensor x = leaf(2.0);
        Tensor y = x.pow(3.0);
        Tensor dy = Autograd.grad(List.of(y), List.of(x), null, true, true, false).get(0);
        assertEquals("MulBackward0", dy.gradFn().orElseThrow().name());
        Tensor d2 = Autograd.grad(List.of(dy), List.of(x), null, true, true, false).get(0);
        Tensor d3 = Autograd.grad(List.of(d2), List.of(x), null, false, false, false).get(0);
        assertEquals(12.0, dy.item(), 0);
        assertEquals(12.0, d2.item(), 0);
        assertEquals(6.0, d3.item(), 0);
    }

    @Test
    void hooksSeeAndReplaceTheGradient() {
        Tensor x = leaf(1, 2);
        Tensor y = x.mul(3.0);
        List<double[]> seen = new ArrayList<>();
        y.registerHook(g -> { seen.add(g.toDoubleArray()); return g.mul(10.0); });
        x.registerHook(g -> { seen.add(g.toDoubleArray()); return null; });
        y.sum().backward();
        assertArrayEquals(new double[] {1, 1}, seen.get(0));
        assertArrayEquals(new double[] {30, 30}, seen.get(1));
        assertArrayEquals(new double[] {30, 30}, x.grad().toDoubleArray());
    }

    @Test
    void noGradScopesArePerThreadAndNest() throws Exception {
        Tensor x = leaf(1, 2);
        try (GradMode.Scope outer = GradMode.noGrad()) {
            assertFalse(x.mul(2.0).requiresGrad());
            AtomicBoolean otherThread = new AtomicBoolean();
            Thread t = new Thread(() -> otherThread.set(x.mul(2.0).requiresGrad()));
            t.start();
            t.join();
            assertTrue(otherThread.get());
            try (GradMode.Scope inner = GradMode.enableGrad()) {
                assertTrue(x.mul(2.0).requiresGrad());
            }
            assertFalse(x.mul(2.0).requiresGrad());
        }
        assertTrue(x.mul(2.0).requiresGrad());
    }

    @Test
    void detachSharesStorageOutsideTheGraph() {
        Tensor x = leaf(1, 2);
        Tensor d = x.detach();
        assertFalse(d.requiresGrad());
        assertTrue(d.sharesStorageWith(x));
        try (GradMode.Scope s = GradMode.noGrad()) {
            d.mul_(5);
        }
        assertArrayEquals(new double[] {5, 10}, x.toDoubleArray());
    }

    @Test
    void gradientsOfFloat32InputsInAFloat64GraphComeBackInFloat32() {
        Tensor a = Tensor.tensor(1.5f, 2.5f).requiresGrad_(true);
        Tensor b = leaf(2, 4);
        Tensor f = a.mul(b).sum();
        assertEquals(DType.FLOAT64, f.dtype());
        f.backward();
        assertEquals(DType.FLOAT32, a.grad().dtype());
        assertArrayEquals(new double[] {2, 4}, a.grad().toDoubleArray());
    }

    @Test
    void theSeedsTimesAddLogAsCustomFunctions() {
        CustomFunction times = CustomFunction.of("Times",
                (ctx, in) -> { ctx.saveForBackward(in[0], in[1]); return in[0].mul(in[1]); },
                (ctx, dout) -> new Tensor[] {ctx.saved(1).mul(dout), ctx.saved(0).mul(dout)});
        CustomFunction add = CustomFunction.of("Add", (ctx, in) -> in[0].add(in[1]), (ctx, dout) -> new Tensor[] {dout, dout});
        CustomFunction log = CustomFunction.of("Log",
                (ctx, in) -> { ctx.saveForBackward(in[0]); return in[0].log(); },
                (ctx, dout) -> new Tensor[] {ctx.saved(0).reciprocal().mul(dout)});
        Tensor x = leaf(1.0), y = leaf(2.0), two = Tensor.tensor(2.0);
        Tensor z = times.apply(add.apply(times.apply(x, x), times.apply(two, x)), log.apply(y));
        assertEquals("TimesBackward", z.gradFn().orElseThrow().name());
        z.backward();
        assertEquals("forward pass f(x) = 2.079442", String.format("forward pass f(x) = %.6f", z.item()));
        assertEquals("backward pass dx = 2.772589, dy = 1.500000",
                String.format("backward pass dx = %.6f, dy = %.6f", x.grad().item(), y.grad().item()));
        Tensor x2 = leaf(1.5);
        Tensor sq = times.apply(x2, x2);
        Tensor d1 = Autograd.grad(List.of(sq), List.of(x2), null, true, true, false).get(0);
        assertEquals(2.0, Autograd.grad(d1, x2).get(0).item(), 0);
    }

    @Test
    void scalarGradientOfAVectorIsTheVectorJacobianProduct() {
        Tensor x = leaf(1, 2, 3);
        Tensor y = x.pow(2.0);
        y.backward(Tensor.tensor(1.0, 0.5, 0.0));
        assertArrayEquals(new double[] {2, 2, 0}, x.grad().toDoubleArray());
    }

    @Test
    void aLongChainDoesNotOverflowTheStack() {
        Tensor x = leaf(1.0);
        Tensor y = x;
        for (int i = 0; i < 100_000; i++) y = y.mul(1.0);
        y.backward();
        assertEquals(1.0, x.grad().item(), 0);
    }

    @Test
    void theSameTensorTwiceInOneOpGetsBothContributions() {
        Tensor x = leaf(3.0);
        Tensor y = x.mul(x);
        y.backward();
        assertEquals(6.0, x.grad().item(), 0);
        assertSame(x.grad(), x.grad());
    }

    @Test
    void writingThroughAViewRebasesTheBaseAsCopySlices() {
        Tensor x = leaf(1, 2, 3), z = leaf(5);
        Tensor y = x.mul(2.0);
        y.select(0, 0).mul_(3.0);
        y.narrow(0, 1, 2).mul_(z);
        assertArrayEquals(new double[] {6, 20, 30}, y.toDoubleArray());
        assertEquals("CopySlices", y.gradFn().orElseThrow().name());
        y.sum().backward();
        assertArrayEquals(new double[] {6, 10, 10}, x.grad().toDoubleArray());
        assertArrayEquals(new double[] {10}, z.grad().toDoubleArray());
    }
}
