package dev.nabla.tensor;

import dev.nabla.tensor.io.Npy;
import dev.nabla.tensor.random.RandomState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Storage, views, creation, promotion and the bridges to NumPy (generator and .npy files). */
class TensorCoreTest {

    @Test
    void viewsShareStorageAndStrides() {
        Tensor a = Tensor.arange(0, 12, 1, DType.FLOAT64).reshape(3, 4);
        Tensor t = a.t();
        assertArrayEquals(new int[] {1, 4}, t.stride());
        assertFalse(t.isContiguous());
        Tensor col = a.select(1, 2);
        try (GradMode.Scope s = GradMode.noGrad()) {
            col.fill_(-1);
        }
        assertArrayEquals(new double[] {-1, -1, -1}, t.select(0, 2).toDoubleArray());
        Tensor e = Tensor.tensor(1.0, 2.0).unsqueeze(1).expand(2, 3);
        assertArrayEquals(new int[] {1, 0}, e.stride());
        assertArrayEquals(new double[] {1, 1, 1, 2, 2, 2}, e.contiguous().toDoubleArray());
        Tensor s = a.slice(1, 1, 4, 2);
        assertArrayEquals(new int[] {3, 2}, s.shape());
        assertEquals(1, s.storageOffset());
        assertTrue(s.sharesStorageWith(a));
        assertArrayEquals(new double[] {1, 3, 5, 7, 9, 11}, s.toDoubleArray());
        assertEquals(5.0, a.item(1, 1), 0);
        assertEquals(-1.0, a.item(1, 2), 0);
    }

    @Test
    void creationFunctionsMatchPyTorch() {
        assertArrayEquals(new long[] {0, 1, 2, 3}, Tensor.arange(4).toLongArray());
        assertArrayEquals(new double[] {0, 0.25, 0.5, 0.75, 1}, Tensor.linspace(0, 1, 5, DType.FLOAT64).toDoubleArray(), 0);
        assertArrayEquals(new double[] {1, 0, 0, 1}, Tensor.eye(2).toDoubleArray(), 0);
        assertEquals(DType.FLOAT32, Tensor.ones(2).dtype());
        assertEquals("tensor([[7., 7.]], dtype=torch.float64)", Tensor.full(new int[] {1, 2}, 7, DType.FLOAT64).toString());
        assertEquals("tensor([1., 2., 3.])", Tensor.arange(1, 4, 1).toString());
    }

    @Test
    void typePromotionFollowsPyTorchIncludingPythonScalars() {
        Tensor i = Tensor.tensor(1L, 2L), f = Tensor.tensor(1f, 2f), d = Tensor.tensor(1.0, 2.0);
        Tensor b = Tensor.tensor(true, false);
        assertEquals(DType.FLOAT32, i.mul(2.5).dtype());
        assertEquals(DType.INT64, i.mul(2).dtype());
        assertEquals(DType.FLOAT32, i.div(Tensor.tensor(2L, 2L)).dtype());
        assertEquals(DType.FLOAT64, f.add(d).dtype());
        assertEquals(DType.FLOAT32, f.add(Tensor.scalar(1.5)).dtype());
        assertEquals(DType.FLOAT64, i.add(Tensor.scalar(1.5)).dtype());
        assertEquals(DType.INT64, b.add(1).dtype());
        assertEquals(DType.FLOAT32, b.add(f).dtype());
        assertEquals(DType.BOOL, d.gt(1.5).dtype());
        assertEquals(DType.FLOAT32, i.sin().dtype());
        assertArrayEquals(new double[] {(float) 0.1 * 1f, (float) 0.1 * 2f}, f.mul(0.1).toDoubleArray(), 0);
    }

    @Test
    void int64SumsAreExactBeyondTwoToThe53() {
        long big = (1L << 60) + 1;
        Tensor t = Tensor.tensor(big, 1L, -3L);
        assertEquals(big - 2, t.sum().toLongArray()[0]);
        assertArrayEquals(new long[] {2, 1}, Tensor.tensor(new long[][] {{1, 1}, {0, 1}}).sum(1).toLongArray());
        assertEquals(2, Tensor.tensor(true, false, true).sum().toLongArray()[0]);
    }

    @Test
    void float32ArithmeticIsRoundedAtEveryOperation() {
        Tensor a = Tensor.tensor(16777216f), one = Tensor.tensor(1f);
        assertEquals(16777216.0, a.add(one).item(), 0);
        assertEquals(16777218.0, a.add(one).add(one).add(Tensor.tensor(2f)).item(), 0);
        assertEquals((double) (float) Math.exp(0.3f), Tensor.tensor(0.3f).exp().item(), 0);
    }

    @Test
    void numpyCompatibleDrawsAndNpyFilesRoundTrip(@TempDir Path dir) throws Exception {
        Tensor r = Tensor.rand(RandomState.seeded(0), 2, 3);
        assertEquals(0.5488135039273248, r.item(0, 0), 0);
        assertEquals(0.7151893663724195, r.item(0, 1), 0);
        assertEquals("tensor([0.4963, 0.7682, 0.0885])", Tensor.rand(dev.nabla.tensor.random.TorchGenerator.manualSeed(0), 3).toString());
        Path file = dir.resolve("x.npy");
        r.t().save(file);
        Tensor back = Tensor.load(file);
        assertArrayEquals(new int[] {3, 2}, back.shape());
        assertTrue(back.equal(r.t()));
        var npy = Npy.read(file);
        Tensor shared = Tensor.fromNpy(npy);
        npy.doubles()[0] = 42;
        assertEquals(42.0, shared.item(0, 0), 0);
    }

    @Test
    void joiningAndSplittingAreInverse() {
        Tensor a = Tensor.arange(0, 6, 1, DType.FLOAT64).reshape(2, 3);
        List<Tensor> parts = a.split(new int[] {1, 2}, 1);
        assertTrue(Tensor.cat(parts, 1).equal(a));
        assertTrue(Tensor.stack(a.unbind(0), 0).equal(a));
        assertEquals(3, a.chunk(3, 1).size());
        ValuesIndices m = a.max(1, false);
        assertArrayEquals(new long[] {2, 2}, m.indices().toLongArray());
    }

    @Test
    void largeKernelsGiveTheSameResultOnSeveralThreads() {
        int before = Parallel.getNumThreads();
        Tensor x = Tensor.rand(RandomState.seeded(3), 300, 301);
        Tensor y = Tensor.rand(RandomState.seeded(4), 301, 299);
        try {
            Parallel.setNumThreads(1);
            Tensor e1 = x.exp().mul(x), p1 = x.mm(y);
            Parallel.setNumThreads(2);
            Tensor e2 = x.exp().mul(x), p2 = x.mm(y);
            assertTrue(e1.equal(e2));
            assertTrue(p1.equal(p2));
            double[] xs = x.toDoubleArray(), ex = e2.toDoubleArray();
            for (int i = 0; i < xs.length; i += 997) assertEquals(Math.exp(xs[i]) * xs[i], ex[i], 0);
        } finally {
            Parallel.setNumThreads(before);
        }
    }
}
