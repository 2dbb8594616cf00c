package dev.nabla.tensor;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PyTorch's safety nets, with messages that name the node, the operation, the shapes and the versions. */
class SafetyNetTest {

    private static Tensor leaf(double... v) {
        return Tensor.tensor(v).requiresGrad_(true);
    }

    private static void contains(String message, String... parts) {
        for (String p : parts) assertTrue(message.contains(p), "«" + message + "» should mention «" + p + "»");
    }

    @Test
    void secondBackwardThroughAFreedGraphNamesTheNodeAndRetainGraph() {
        Tensor x = leaf(1, 2);
        Tensor f = x.mul(x).sum();
        f.backward();
        var e = assertThrows(IllegalStateException.class, f::backward);
        contains(e.getMessage(), "MulBackward0", "retainGraph = true", "second time");
    }

    @Test
    void inPlaceChangeOfASavedTensorNamesTheNodeTheWriterAndBothVersions() {
        Tensor x = leaf(1, 2);
        Tensor y = x.exp();
        Tensor z = y.mul(2.0).sum();
        y.add_(1.0);
        var e = assertThrows(IllegalStateException.class, z::backward);
        contains(e.getMessage(), "ExpBackward0", "add_", "version 0", "version 1", "[2]");
    }

    @Test
    void backwardOfANonScalarWithoutGradientNamesTheShape() {
        Tensor y = leaf(1, 2, 3).mul(2.0).reshape(3, 1);
        var e = assertThrows(IllegalArgumentException.class, y::backward);
        contains(e.getMessage(), "[3, 1]", "gradient");
    }

    @Test
    void backwardOfATensorThatRequiresNoGrad() {
        var e = assertThrows(IllegalArgumentException.class, () -> Tensor.tensor(1.0).backward());
        contains(e.getMessage(), "does not require grad");
        var g = assertThrows(IllegalArgumentException.class,
                () -> Autograd.grad(leaf(1).mul(2.0), Tensor.tensor(1.0)));
        contains(g.getMessage(), "input 0", "does not require grad");
    }

    @Test
    void shapeAndDtypeMismatchesNameTheOpAndBothOperands() {
        Tensor a = Tensor.zeros(2, 3), b = Tensor.zeros(4);
        contains(assertThrows(IllegalArgumentException.class, () -> a.add(b)).getMessage(), "add", "[2, 3]", "[4]");
        contains(assertThrows(IllegalArgumentException.class, () -> a.mm(Tensor.zeros(2, 3))).getMessage(), "mm", "[2, 3]");
        contains(assertThrows(IllegalArgumentException.class, () -> a.mm(Tensor.zeros(new int[] {3, 2}, DType.FLOAT64)))
                .getMessage(), "mm", "torch.float32", "torch.float64");
        contains(assertThrows(IllegalArgumentException.class, () -> a.view(4, 2)).getMessage(), "view", "[4, 2]", "6");
        contains(assertThrows(IllegalArgumentException.class, () -> a.select(1, 5)).getMessage(), "select", "5", "size 3");
        contains(assertThrows(IllegalArgumentException.class, () -> a.sum(2)).getMessage(), "sum", "dimension 2");
        contains(assertThrows(IllegalArgumentException.class, () -> Tensor.cat(List.of(a, b), 0)).getMessage(), "cat", "[4]");
        contains(assertThrows(IllegalArgumentException.class, () -> a.requiresGrad_(true).add(null)).getMessage(), "add", "null");
        contains(assertThrows(IllegalArgumentException.class, () -> Tensor.tensor(1L, 2L).requiresGrad_(true)).getMessage(),
                "floating-point", "torch.int64");
    }

    @Test
    void inPlaceOnALeafThatRequiresGrad() {
        Tensor w = leaf(1, 2);
        var e = assertThrows(IllegalStateException.class, () -> w.add_(1.0));
        contains(e.getMessage(), "add_", "leaf", "noGrad");
        var v = assertThrows(IllegalStateException.class, () -> w.select(0, 1).mul_(2.0));
        contains(v.getMessage(), "mul_", "view of a leaf");
        var e2 = assertThrows(IllegalStateException.class, () -> w.mul(1.0).unsqueeze(0).expand(3, 2).add_(1.0));
        contains(e2.getMessage(), "single memory location");
        try (GradMode.Scope s = GradMode.noGrad()) {
            w.add_(1.0);
        }
        assertArrayEquals(new double[] {2, 3}, w.toDoubleArray());
    }

    @Test
    void aFailedOperationChangesNothing() {
        Tensor a = Tensor.tensor(1.0, 2.0, 3.0);
        int version = a.version();
        assertThrows(IllegalArgumentException.class, () -> a.add_(Tensor.zeros(new int[] {2, 3}, DType.FLOAT64)));
        assertThrows(IllegalArgumentException.class, () -> a.mul_(Tensor.zeros(new int[] {2}, DType.FLOAT64)));
        Tensor ints = Tensor.tensor(1L, 2L);
        assertThrows(IllegalArgumentException.class, () -> ints.mul_(2.5));
        assertThrows(IllegalArgumentException.class, () -> a.copy_(Tensor.zeros(2)));
        assertThrows(IllegalArgumentException.class, () -> a.indexSelect(0, Tensor.tensor(0L, 7L)));
        assertArrayEquals(new double[] {1, 2, 3}, a.toDoubleArray());
        assertArrayEquals(new long[] {1, 2}, ints.toLongArray());
        assertEquals(version, a.version());
    }

    @Test
    void inPlaceWritesBumpTheVersionCounterSharedByViews() {
        Tensor a = Tensor.zeros(2, 3);
        Tensor row = a.select(0, 1);
        row.fill_(7);
        assertEquals(1, a.version());
        assertArrayEquals(new double[] {0, 0, 0, 7, 7, 7}, a.toDoubleArray());
    }

    @Test
    void anomalyModeNamesTheNodeThatFirstProducedNaNAndWhereItWasMade() {
        Tensor x = leaf(-1.0, 4.0);
        try (AnomalyMode.Scope s = AnomalyMode.detect()) {
            Tensor y = x.sqrt().mul(0.0).sum();
            var e = assertThrows(IllegalStateException.class, y::backward);
            contains(e.getMessage(), "SqrtBackward0", "NaN", "SafetyNetTest");
        }
        Tensor quiet = x.sqrt().mul(0.0).sum();
        quiet.backward();
        assertTrue(Double.isNaN(x.grad().toDoubleArray()[0]));
    }

    @Test
    void badIndicesAndShapesNeverEscapeAsBareExceptions() {
        Tensor a = Tensor.zeros(2, 3);
        assertThrows(IllegalArgumentException.class, () -> a.get(5));
        assertThrows(IllegalArgumentException.class, () -> a.item(0, 9));
        assertThrows(IllegalArgumentException.class, () -> a.permute(0, 0));
        assertThrows(IllegalArgumentException.class, () -> a.expand(4, 3));
        assertThrows(IllegalArgumentException.class, () -> a.narrow(1, 2, 5));
        assertThrows(IllegalArgumentException.class, () -> a.gather(1, Tensor.tensor(new long[][] {{0, 5}, {1, 1}})));
        assertThrows(IllegalArgumentException.class, () -> a.maskedFill(Tensor.tensor(true, false), 1));
        assertThrows(IllegalArgumentException.class, () -> a.item());
        assertThrows(IllegalArgumentException.class, () -> Tensor.tensor(new double[][] {{1, 2}, {3}}));
        assertThrows(IllegalArgumentException.class, () -> Tensor.zeros(-1, 2));
        assertThrows(IllegalArgumentException.class, () -> a.reshape(-1, -1));
        assertThrows(IllegalArgumentException.class, () -> a.split(new int[] {1, 1}, 1));
        assertThrows(IllegalArgumentException.class, () -> Tensor.where(a, a, a));
    }
}
