package dev.nabla.tensor;

import dev.nabla.tensor.nn.NN;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Input a new PyTorch user gets wrong, found by using the module from JShell: each must fail with an
 * {@link IllegalArgumentException} naming the operation the user called and what was wrong, where PyTorch fails too.
 */
class BadInputMessagesTest {

    private static void fails(Executable call, String... parts) {
        String message = assertThrows(IllegalArgumentException.class, call).getMessage();
        for (String p : parts) assertTrue(message.contains(p), "«" + message + "» should mention «" + p + "»");
    }

    private static Tensor bools(boolean... v) {
        return Tensor.tensor(v);
    }

    @Test
    void boolSubtractionAndNegationAreRefusedAsInPyTorch() {
        fails(() -> bools(true, false).sub(bools(true, true)), "sub", "bool", "ne(");
        fails(() -> bools(true, false).neg(), "neg", "bool", "logicalNot");
    }

    @Test
    void integerToANegativeIntegerPowerIsRefused() {
        Tensor two = Tensor.tensor(new long[] {2, 3});
        fails(() -> two.pow(-2L), "pow", "negative", "int64");
        org.junit.jupiter.api.Assertions.assertEquals("tensor([2, 0])", two.pow(Tensor.tensor(new long[] {1, -1})).toString(),
                "an int64 exponent tensor truncates as in PyTorch 1.13");
    }

    @Test
    void negativeIndicesOfGatherScatterAddAndIndexSelectAreRefusedAsInPyTorch() {
        Tensor x = Tensor.ones(2, 2);
        Tensor index = Tensor.tensor(new long[] {-1, 0, 0, 0}).reshape(2, 2);
        fails(() -> x.gather(1, index), "gather", "index -1", "dimension 1", "size 2");
        fails(() -> Tensor.zeros(2, 2).scatterAdd(1, index, x), "scatter_add", "index -1");
        fails(() -> x.indexSelect(1, Tensor.tensor(new long[] {-1})), "index_select", "index -1");
    }

    @Test
    void gradWithANullOutputOrInputNamesTheArgument() {
        Tensor w = Tensor.tensor(new double[] {1, 2}).requiresGrad_(true);
        fails(() -> Autograd.grad(null, w), "grad", "null");
        fails(() -> Autograd.grad(null, List.of(w), false), "grad", "null");
        fails(() -> Autograd.grad(w.sum(), (Tensor[]) null), "grad", "null");
        fails(() -> Autograd.grad(w.sum(), w, null), "grad", "input 1", "null");
    }

    @Test
    void crossEntropyRefusesClassIndicesOutsideTheClassesAndNamesThePosition() {
        Tensor logits = Tensor.ones(2, 3);
        fails(() -> NN.crossEntropy(logits, Tensor.tensor(new long[] {0, 5})), "cross_entropy", "target 5", "position 1", "3 classes");
        fails(() -> NN.crossEntropy(logits, Tensor.tensor(new long[] {-1, 0})), "cross_entropy", "target -1", "position 0");
    }

    @Test
    void linearNamesItselfAndTheWeightAsGiven() {
        fails(() -> NN.linear(Tensor.ones(2, 3), Tensor.ones(4, 5), null), "linear", "[2, 3]", "[4, 5]");
        fails(() -> NN.linear(Tensor.ones(2, 3), Tensor.ones(4, 3), Tensor.ones(5)), "linear", "bias", "[5]");
    }

    @Test
    void mseLossNamesItselfAndBothShapes() {
        fails(() -> NN.mseLoss(Tensor.ones(2), Tensor.ones(3)), "mse_loss", "[3]", "[2]");
    }

    @Test
    void creationFunctionsNameThemselves() {
        fails(() -> Tensor.ones(2, -3), "ones", "-3");
        fails(() -> Tensor.full(new int[] {-1}, 2.0), "full", "-1");
        fails(() -> Tensor.eye(-1), "eye", "-1");
    }

    @Test
    void maximumAndMinimumNameThemselves() {
        fails(() -> Tensor.ones(2, 3).maximum(Tensor.ones(2, 2)), "maximum", "[2, 3]", "[2, 2]");
        fails(() -> Tensor.ones(2, 3).minimum(Tensor.ones(2, 2)), "minimum", "[2, 3]", "[2, 2]");
    }

    @Test
    void aViewTakenBeforeAnInPlaceWriteThroughAnotherViewIsRefusedRatherThanGivingAStaleGradient() {
        Tensor x = Tensor.tensor(new double[] {1, 2, 3, 4}).requiresGrad_(true);
        Tensor y = x.mul(1.0).reshape(2, 2);
        y.select(0, 0).mul_(3);
        String message = assertThrows(IllegalStateException.class, () -> y.sum()).getMessage();
        for (String p : new String[] {"SumBackward0", "[2, 2]", "in-place", "again"}) {
            assertTrue(message.contains(p), "«" + message + "» should mention «" + p + "»");
        }
        Tensor fresh = x.mul(1.0).reshape(2, 2);
        fresh.select(0, 0).mul_(3);
        Tensor again = fresh.base == null ? fresh : fresh.base.reshape(2, 2);
        again.sum().backward();
        org.junit.jupiter.api.Assertions.assertEquals("tensor([3., 3., 1., 1.], dtype=torch.float64)", x.grad().toString());
    }

    @Test
    void aHookThatChangesTheGradientsShapeOrDtypeIsRefused() {
        Tensor w = Tensor.ones(2).requiresGrad_(true);
        w.registerHook(g -> Tensor.ones(3));
        String message = assertThrows(IllegalStateException.class, () -> w.mul(2).sum().backward()).getMessage();
        for (String p : new String[] {"hook", "AccumulateGrad", "[2]", "[3]"}) {
            assertTrue(message.contains(p), "«" + message + "» should mention «" + p + "»");
        }
        Tensor v = Tensor.ones(2).requiresGrad_(true);
        v.registerHook(g -> g.to(DType.FLOAT64));
        assertThrows(IllegalStateException.class, () -> v.mul(2).sum().backward());
    }
}
