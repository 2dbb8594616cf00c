package dev.nabla.tensor.print;

import static dev.nabla.tensor.print.ArrayTensor.shape;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nabla.tensor.DType;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The tensors the seed notebooks print, and PyTorch's corner cases, written out by hand from PyTorch 1.13. */
class TensorFormatterTest {
    private static final double[] SEED0 = {0.5488135039273248, 0.7151893663724195, 0.6027633760716439,
            0.5448831829968969, 0.4236547993389047, 0.6458941130666561};

    private static String repr(ArrayTensor t) {
        return TensorFormatter.reprOf(t);
    }

    @Test
    void seedFloat64Matrix() {
        assertEquals("tensor([[0.5488, 0.7152, 0.6028],\n        [0.5449, 0.4237, 0.6459]], dtype=torch.float64)",
                repr(ArrayTensor.float64(shape(2, 3), SEED0)));
    }

    @Test
    void seedFloat32MatrixHasNoDtypeSuffix() {
        assertEquals("tensor([[0.5488, 0.7152, 0.6028],\n        [0.5449, 0.4237, 0.6459]])",
                repr(ArrayTensor.float32(shape(2, 3), SEED0)));
    }

    @Test
    void seedRequiresGradWrapsOntoItsOwnLine() {
        double[] changed = SEED0.clone();
        changed[0] = 100;
        assertEquals("tensor([[100.0000,   0.7152,   0.6028],\n        [  0.5449,   0.4237,   0.6459]], dtype=torch.float64,\n"
                        + "       requires_grad=True)",
                repr(ArrayTensor.float64(shape(2, 3), changed).requiringGrad()));
        assertEquals("tensor([[100.0000,   0.7152,   0.6028],\n        [  0.5449,   0.4237,   0.6459]], dtype=torch.float64)",
                repr(ArrayTensor.float64(shape(2, 3), changed)));
    }

    @Test
    void seedScalarsAndGradFn() {
        assertEquals("tensor([1.], requires_grad=True)", repr(ArrayTensor.float32(shape(1), 1).requiringGrad()));
        assertEquals("tensor([0.], grad_fn=<MulBackward0>)", repr(ArrayTensor.float32(shape(1), 0).madeBy("MulBackward0")));
        assertEquals("tensor([3.])", repr(ArrayTensor.float32(shape(1), 3)));
        assertEquals("tensor([2.7726])", repr(ArrayTensor.float32(shape(1), 2 * Math.log(4))));
        assertEquals("tensor([1.5000])", repr(ArrayTensor.float32(shape(1), 1.5)));
    }

    @Test
    void seedGradientTuples() {
        TensorFormatter f = TensorFormatter.defaults();
        assertEquals("(tensor([3.]),)", f.tuple(List.of(ArrayTensor.float32(shape(1), 3))));
        assertEquals("(tensor([29914.9727]), tensor([35897.9648]), tensor([-16428.9746]))",
                f.tuple(List.of(ArrayTensor.float32(shape(1), 29914.97265625), ArrayTensor.float32(shape(1), 35897.96484375),
                        ArrayTensor.float32(shape(1), -16428.974609375))));
    }

    @Test
    void parameters() {
        assertEquals("Parameter containing:\ntensor([[1.0000, 2.0000],\n        [3.0000, 4.5000]], dtype=torch.float64, requires_grad=True)",
                TensorFormatter.defaults().parameter(ArrayTensor.float64(shape(2, 2), 1, 2, 3, 4.5).requiringGrad()));
        assertEquals("Parameter containing:\ntensor([1., 1.])", TensorFormatter.defaults().parameter(ArrayTensor.float32(shape(2), 1, 1)));
    }

    @Test
    void signOfZeroAndSpecialValues() {
        assertEquals("tensor([-0., 1.])", repr(ArrayTensor.float32(shape(2), -0.0, 1)));
        assertEquals("tensor([-1.0000e-05,  1.5000e+00])", repr(ArrayTensor.float32(shape(2), -0.00001, 1.5)));
        assertEquals("tensor(nan)", repr(ArrayTensor.float32(shape(), Double.NaN)));
        assertEquals("tensor([0., 0.])", repr(ArrayTensor.float32(shape(2), 0, 0)));
        assertEquals("tensor([1., -inf])", repr(ArrayTensor.float32(shape(2), 1, Double.NEGATIVE_INFINITY)));
    }

    @Test
    void boolIntAndEmpty() {
        assertEquals("tensor([ True, False])", repr(ArrayTensor.bool(shape(2), true, false)));
        assertEquals("tensor([], size=(0, 3))", repr(ArrayTensor.float32(shape(0, 3))));
        assertEquals("tensor([], dtype=torch.int64)", repr(ArrayTensor.int64(shape(0))));
        assertEquals("tensor([], size=(2, 0), requires_grad=True)", repr(ArrayTensor.float32(shape(2, 0)).requiringGrad()));
    }

    @Test
    void sizesAndDtypes() {
        assertEquals("torch.Size([2, 3])", TensorFormatter.size(shape(2, 3)));
        assertEquals("torch.Size([])", TensorFormatter.size(shape()));
        assertEquals("torch.float64", TensorFormatter.dtype(DType.FLOAT64));
    }

    @Test
    @SuppressWarnings("try")
    void scopesSetTheOptionsOfThisThreadAndNest() {
        ArrayTensor t = ArrayTensor.float64(shape(2), 1.23456, 2);
        assertEquals("tensor([1.2346, 2.0000], dtype=torch.float64)", TensorFormatter.current().repr(t));
        try (PrintScope outer = PrintScope.of(PrintOptions.DEFAULT.withPrecision(2))) {
            assertEquals("tensor([1.23, 2.00], dtype=torch.float64)", TensorFormatter.current().repr(t));
            try (PrintScope inner = PrintScope.of(PrintOptions.DEFAULT.withSciMode(SciMode.ON))) {
                assertEquals("tensor([1.2346e+00, 2.0000e+00], dtype=torch.float64)", TensorFormatter.current().repr(t));
            }
            assertEquals(2, PrintScope.current().precision());
        }
        assertEquals(PrintOptions.DEFAULT, PrintScope.current());
    }

    @Test
    void optionsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> PrintOptions.DEFAULT.withPrecision(-1));
        assertThrows(IllegalArgumentException.class, () -> PrintOptions.DEFAULT.withLinewidth(0));
    }
}
