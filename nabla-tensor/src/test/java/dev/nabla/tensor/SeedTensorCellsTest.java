package dev.nabla.tensor;

import dev.nabla.tensor.print.NumpyFormatter;
import dev.nabla.tensor.random.RandomState;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The seeds' tensor-creation cells in Java — {@code torch.tensor} and {@code torch.Tensor} copy,
 * {@code torch.from_numpy} and {@code torch.as_tensor} share — printing what the notebooks print, character
 * for character. The NumPy array is a {@code double[]} drawn by the NumPy-compatible generator and printed
 * by the NumPy formatter.
 */
class SeedTensorCellsTest {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

    private static String py(boolean b) {
        return b ? "True" : "False";
    }

    private void show(Tensor t) {
        out.println(t + " " + t.dtype() + " " + py(t.requiresGrad()));
    }

    private void showArray(double[] x) {
        out.println(NumpyFormatter.str(Tensor.fromArray(x, 2, 3)) + " float64");   // print(x, x.dtype)
    }

    private String printed() {
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private static final String ORIGINAL = """
            [[0.5488135  0.71518937 0.60276338]
             [0.54488318 0.4236548  0.64589411]] float64
            tensor([[0.5488, 0.7152, 0.6028],
                    [0.5449, 0.4237, 0.6459]], dtype=torch.float64) torch.float64 False
            tensor([[0.5488, 0.7152, 0.6028],
                    [0.5449, 0.4237, 0.6459]], dtype=torch.float64) torch.float64 False
            tensor([[0.5488, 0.7152, 0.6028],
                    [0.5449, 0.4237, 0.6459]]) torch.float32 False
            tensor([[0.5488, 0.7152, 0.6028],
                    [0.5449, 0.4237, 0.6459]], dtype=torch.float64) torch.float64 False
            """;

    @Test
    void firstSeedCopiesAndSharesThenChangesTheArray() {
        RandomState rng = RandomState.seeded(0);                 // np.random.seed(0)
        double[] x = rng.rand(6);                                // np.random.rand(6).reshape(2, 3)
        Tensor xTensor = Tensor.tensor(x).reshape(2, 3);         // torch.tensor(x)
        Tensor xFromNumpy = Tensor.fromArray(x, 2, 3);           // torch.from_numpy(x)
        Tensor xTensorF = Tensor.floatTensor(x).reshape(2, 3);   // torch.Tensor(x)
        Tensor xAsTensor = Tensor.asTensor(x, 2, 3);             // torch.as_tensor(x)

        showArray(x);
        show(xTensor);
        show(xFromNumpy);
        show(xTensorF);
        show(xAsTensor);
        x[0] = 100;                                              // x[0,0] = 100
        showArray(x);

        assertEquals(ORIGINAL + """
                [[100.           0.71518937   0.60276338]
                 [  0.54488318   0.4236548    0.64589411]] float64
                """, printed());
    }

    @Test
    void secondSeedShowsWhichTensorsShareTheArray() {
        RandomState rng = RandomState.seeded(0);
        double[] x = rng.rand(6);
        Tensor xTensor = Tensor.tensor(x).reshape(2, 3);
        Tensor xFromNumpy = Tensor.fromArray(x, 2, 3);
        Tensor xTensorF = Tensor.floatTensor(x).reshape(2, 3);
        Tensor xAsTensor = Tensor.asTensor(x, 2, 3);
        showArray(x);
        show(xTensor);
        show(xFromNumpy);
        show(xTensorF);
        show(xAsTensor);

        x[0] = 100;
        showArray(x);
        show(xTensor);
        show(xFromNumpy);
        show(xTensorF);
        show(xAsTensor);

        assertEquals(ORIGINAL + """
                [[100.           0.71518937   0.60276338]
                 [  0.54488318   0.4236548    0.64589411]] float64
                tensor([[0.5488, 0.7152, 0.6028],
                        [0.5449, 0.4237, 0.6459]], dtype=torch.float64) torch.float64 False
                tensor([[100.0000,   0.7152,   0.6028],
                        [  0.5449,   0.4237,   0.6459]], dtype=torch.float64) torch.float64 False
                tensor([[0.5488, 0.7152, 0.6028],
                        [0.5449, 0.4237, 0.6459]]) torch.float32 False
                tensor([[100.0000,   0.7152,   0.6028],
                        [  0.5449,   0.4237,   0.6459]], dtype=torch.float64) torch.float64 False
                """, printed());
    }

    @Test
    void aWriteToTheTensorShowsInTheArray() {
        double[] x = RandomState.seeded(0).rand(6);
        Tensor shared = Tensor.fromArray(x, 2, 3);
        shared.select(0, 1).fill_(-1);
        assertEquals(-1.0, x[3], 0);
        assertEquals(-1.0, x[5], 0);
    }

    @Test
    void requiresGradWrapsOntoItsOwnLine() {
        double[] x = RandomState.seeded(0).rand(6);
        x[0] = 100;
        Tensor xTensorGrad = Tensor.tensor(x).reshape(2, 3).requiresGrad_(true);   // torch.tensor(x, requires_grad=True)
        show(xTensorGrad);
        assertEquals("""
                tensor([[100.0000,   0.7152,   0.6028],
                        [  0.5449,   0.4237,   0.6459]], dtype=torch.float64,
                       requires_grad=True) torch.float64 True
                """, printed());
    }
}
