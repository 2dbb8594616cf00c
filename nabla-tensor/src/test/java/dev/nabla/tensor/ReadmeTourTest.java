package dev.nabla.tensor;

import dev.nabla.tensor.functional.Functional;
import dev.nabla.tensor.functional.GradCheck;
import dev.nabla.tensor.nn.NN;
import dev.nabla.tensor.optim.Adam;
import dev.nabla.tensor.random.RandomState;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The module README's tour, kept compiling and true. */
class ReadmeTourTest {

    @Test
    void copyVersusShare() {
        double[] x = RandomState.seeded(0).rand(6);
        Tensor copy = Tensor.tensor(x).reshape(2, 3);
        Tensor shared = Tensor.fromArray(x, 2, 3);
        Tensor f32 = Tensor.floatTensor(x).reshape(2, 3);
        Tensor alias = Tensor.asTensor(x, 2, 3);
        x[0] = 100;
        assertEquals("tensor([[100.0000,   0.7152,   0.6028],\n        [  0.5449,   0.4237,   0.6459]], dtype=torch.float64)",
                shared.toString());
        assertEquals(100.0, alias.item(0, 0), 0);
        assertTrue(copy.item(0, 0) < 1 && f32.item(0, 0) < 1);
    }

    @Test
    void autogradWithPyTorchsNames() {
        Tensor a = Tensor.tensor(1.0f).requiresGrad_(true);
        Tensor f = a.pow(2).add(a.mul(2)).mul(a.log());
        assertEquals("tensor([1.], requires_grad=True)", a.toString());
        assertEquals("tensor([0.], grad_fn=<MulBackward0>)", f.toString());
        Autograd.backward(List.of(f), List.of(Tensor.tensor(1f)), true, false, null);
        assertEquals("tensor([3.])", a.grad().toString());
        assertEquals("(tensor([3.]),)", Autograd.grad(f, List.of(a), true).toString());
        assertEquals("[(<AddBackward0 object>, 0), (<LogBackward0 object>, 0)]", f.gradFn().get().nextFunctions().toString());
    }

    @Test
    void functionalChecksAndTraining() {
        Tensor x0 = Tensor.tensor(0.5, -1.0);
        Tensor v = Tensor.tensor(1.0, 2.0);
        assertEquals(2, Functional.jacobian(t -> t.sin().mul(t.sum()), x0).dim());
        assertEquals(2, Functional.hvp(t -> t.exp().sum(), x0, v).product().numel());
        Tensor x64 = Tensor.tensor(new double[][] {{0.1, 0.2, 0.3}, {0.4, 0.5, 0.6}});
        assertTrue(GradCheck.gradgradcheck(in -> in[0].softmax(1).log(), x64.requiresGrad_(true)));

        RandomState rng = RandomState.seeded(1);
        Tensor xs = Tensor.randn(rng, 16, 4);
        Tensor labels = Tensor.fromArray(rng.randint(0, 3, 16), 16);
        Tensor w1 = Tensor.randn(rng, 8, 4).mul(0.3).detach().requiresGrad_(true), b1 = Tensor.zeros(new int[] {8}, DType.FLOAT64).requiresGrad_(true);
        Tensor w2 = Tensor.randn(rng, 3, 8).mul(0.3).detach().requiresGrad_(true), b2 = Tensor.zeros(new int[] {3}, DType.FLOAT64).requiresGrad_(true);
        Adam opt = Adam.of(List.of(w1, b1, w2, b2), 0.01, 0.9, 0.999, 1e-8, 1e-3, false);
        double first = 0, last = 0;
        for (int step = 0; step < 50; step++) {
            opt.zeroGrad();
            Tensor loss = NN.crossEntropy(NN.linear(NN.linear(xs, w1, b1).tanh(), w2, b2), labels);
            loss.backward();
            opt.step();
            if (step == 0) first = loss.item();
            last = loss.item();
        }
        assertTrue(last < first);
    }
}
