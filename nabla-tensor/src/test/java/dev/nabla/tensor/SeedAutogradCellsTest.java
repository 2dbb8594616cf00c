package dev.nabla.tensor;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The seed notebooks' autograd cells, written in Java, printing what the notebooks print — character
 * for character (the node's address, which Python prints and which differs between runs, aside).
 */
class SeedAutogradCellsTest {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

    private String printed() {
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private static String py(boolean b) {
        return b ? "True" : "False";
    }

    @Test
    void backwardThenGradOfTwoVariables() {
        // x = torch.tensor([1.0], requires_grad=True); y = torch.tensor([2.0], requires_grad=True)
        Tensor x = Tensor.tensor(1.0f).requiresGrad_(true);
        Tensor y = Tensor.tensor(2.0f).requiresGrad_(true);
        Tensor fxy = x.pow(2).add(x.mul(2)).mul(y.log());

        Autograd.backward(List.of(fxy), null, true, false, null);
        out.println(x.grad());
        out.println(y.grad());

        TensorTuple df = Autograd.grad(fxy, List.of(x, y), true);
        out.println(df);

        assertEquals("tensor([2.7726])\ntensor([1.5000])\n(tensor([2.7726]), tensor([1.5000]))\n", printed());
    }

    @Test
    void reprsOfLeafAndResultGradAndGradFn() {
        Tensor x = Tensor.tensor(1.0f).requiresGrad_(true);
        Tensor f = x.pow(2).add(x.mul(2)).mul(x.log());

        out.println(x);
        out.println(f);
        out.println(x.grad() == null ? "None" : x.grad());
        out.println(x.gradFn().map(Node::toString).orElse("None"));
        out.println(f.gradFn().map(n -> "<" + n.name() + " object>").orElse("None"));
        out.println(py(x.isLeaf()));

        assertEquals("tensor([1.], requires_grad=True)\ntensor([0.], grad_fn=<MulBackward0>)\nNone\nNone\n"
                + "<MulBackward0 object>\nTrue\n", printed());
    }

    @Test
    void gradTensorsThenGradThenAccumulatedGrad() {
        Tensor x = Tensor.tensor(1.0f).requiresGrad_(true);
        Tensor f = x.pow(2).add(x.mul(2)).mul(x.log());

        // torch.autograd.backward(f, grad_tensors=torch.tensor([1.]), retain_graph=True)
        Autograd.backward(List.of(f), List.of(Tensor.tensor(1.0f)), true, false, null);
        out.println(x.grad());

        TensorTuple df = Autograd.grad(f, List.of(x), true);
        out.println(df);
        out.println(x.grad());

        assertEquals("tensor([3.])\n(tensor([3.]),)\ntensor([3.])\n", printed());
    }

    @Test
    void gradAccumulatesAcrossBackwardCalls() {
        Tensor x = Tensor.tensor(1.0f).requiresGrad_(true);
        Tensor f = x.pow(2).add(x.mul(2)).mul(x.log());
        Autograd.backward(List.of(f), null, true, false, null);
        Autograd.backward(List.of(f), null, true, false, null);
        out.println(x.grad());
        assertEquals("tensor([6.])\n", printed());
    }

    @Test
    void float32GradientOfTheSecondSeed() {
        Tensor x = Tensor.tensor(3.0f).requiresGrad_(true);
        Tensor y = Tensor.tensor(7.0f).requiresGrad_(true);
        Tensor z = Tensor.tensor(2.0f).requiresGrad_(true);
        Tensor f = x.pow(3).add(x.mul(3)).mul(y.exp()).mul(z.sin());

        out.println(Autograd.grad(f, List.of(x, y, z), true));

        assertEquals("(tensor([29914.9727]), tensor([35897.9648]), tensor([-16428.9746]))\n", printed());
    }
}
