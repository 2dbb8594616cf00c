package dev.nabla.tensor;

import java.util.Arrays;

/** Matrix products: mm, bmm, dot, and matmul's dispatch over 1-d, 2-d and batched operands. */
final class LinearAlgebra {
    private LinearAlgebra() {}

    private static void sameFloatingType(String op, Tensor a, Tensor b) {
        Tensor.requireTensor(op, b);
        if (a.dtype != b.dtype) {
            throw new IllegalArgumentException(op + ": both operands must have the same dtype, got " + a.dtype + " "
                    + Shapes.str(a.shape) + " and " + b.dtype + " " + Shapes.str(b.shape) + "; convert one with to(...)");
        }
        if (a.dtype == DType.BOOL) throw new IllegalArgumentException(op + ": not defined for bool tensors");
    }

    static Tensor mm(Tensor a, Tensor b) {
        sameFloatingType("mm", a, b);
        if (a.dim() != 2 || b.dim() != 2) {
            throw new IllegalArgumentException("mm: expects two matrices, got shapes " + Shapes.str(a.shape) + " and "
                    + Shapes.str(b.shape));
        }
        if (a.shape[1] != b.shape[0]) {
            throw new IllegalArgumentException("mm: shapes " + Shapes.str(a.shape) + " and " + Shapes.str(b.shape)
                    + " cannot be multiplied (" + a.shape[1] + " ≠ " + b.shape[0] + ")");
        }
        Tensor out = product(a, b, 1, a.shape[0], a.shape[1], b.shape[1], new int[] {a.shape[0], b.shape[1]});
        if (Tensor.recording(a, b)) {
            Tensor.record(out, Derivatives.MM, new Saved(a, b).flag(a.requiresGrad).ints(b.requiresGrad ? 1 : 0), a, b);
        }
        return out;
    }

    static Tensor bmm(Tensor a, Tensor b) {
        sameFloatingType("bmm", a, b);
        if (a.dim() != 3 || b.dim() != 3) {
            throw new IllegalArgumentException("bmm: expects two 3-d tensors, got shapes " + Shapes.str(a.shape) + " and "
                    + Shapes.str(b.shape));
        }
        if (a.shape[0] != b.shape[0] || a.shape[2] != b.shape[1]) {
            throw new IllegalArgumentException("bmm: shapes " + Shapes.str(a.shape) + " and " + Shapes.str(b.shape)
                    + " do not match (batch sizes and inner sizes must agree)");
        }
        Tensor out = product(a, b, a.shape[0], a.shape[1], a.shape[2], b.shape[2],
                new int[] {a.shape[0], a.shape[1], b.shape[2]});
        if (Tensor.recording(a, b)) {
            Tensor.record(out, Derivatives.BMM, new Saved(a, b).flag(a.requiresGrad).ints(b.requiresGrad ? 1 : 0), a, b);
        }
        return out;
    }

    /** {@code batch} products of {@code n×k} by {@code k×m} matrices, the operands read contiguously. */
    private static Tensor product(Tensor a, Tensor b, int batch, int n, int k, int m, int[] shape) {
        int sa = n * k, sb = k * m, sc = n * m;
        switch (a.dtype) {
            case FLOAT32: {
                float[] x = Kernels.readFloat(a), y = Kernels.readFloat(b), c = new float[batch * sc];
                for (int i = 0; i < batch; i++) MatMulKernel.gemm(x, i * sa, y, i * sb, c, i * sc, n, k, m);
                return Tensor.of(new Storage.Float32(c), shape);
            }
            case INT64: {
                long[] x = a.contiguous().toLongArray(), y = b.contiguous().toLongArray(), c = new long[batch * sc];
                for (int t = 0; t < batch; t++)
                    for (int i = 0; i < n; i++)
                        for (int p = 0; p < k; p++) {
                            long av = x[t * sa + i * k + p];
                            for (int j = 0; j < m; j++) c[t * sc + i * m + j] += av * y[t * sb + p * m + j];
                        }
                return Tensor.ofLongs(c, shape);
            }
            default: {
                double[] x = Kernels.read(a), y = Kernels.read(b), c = new double[batch * sc];
                for (int i = 0; i < batch; i++) MatMulKernel.gemm(x, i * sa, y, i * sb, c, i * sc, n, k, m);
                return Tensor.of(new Storage.Float64(c), shape);
            }
        }
    }

    static Tensor dot(Tensor a, Tensor b) {
        sameFloatingType("dot", a, b);
        if (a.dim() != 1 || b.dim() != 1 || a.shape[0] != b.shape[0]) {
            throw new IllegalArgumentException("dot: expects two 1-d tensors of the same length, got shapes "
                    + Shapes.str(a.shape) + " and " + Shapes.str(b.shape));
        }
        double[] x = Kernels.read(a), y = Kernels.read(b);
        Tensor out;
        if (a.dtype == DType.FLOAT32) {
            float s = 0;
            for (int i = 0; i < x.length; i++) s += (float) (x[i] * y[i]);
            out = Tensor.scalar(s, DType.FLOAT32);
        } else {
            double s = 0;
            for (int i = 0; i < x.length; i++) s += x[i] * y[i];
            out = Tensor.scalar(s, a.dtype);
        }
        if (Tensor.recording(a, b)) Tensor.record(out, Derivatives.DOT, new Saved(a, b), a, b);
        return out;
    }

    static Tensor outer(Tensor a, Tensor b) {
        Tensor.requireTensor("outer", b);
        if (a.dim() != 1 || b.dim() != 1) {
            throw new IllegalArgumentException("outer: expects two 1-d tensors, got shapes " + Shapes.str(a.shape) + " and "
                    + Shapes.str(b.shape));
        }
        return a.unsqueeze(1).mul(b.unsqueeze(0));
    }

    static Tensor matmul(Tensor a, Tensor b) {
        sameFloatingType("matmul", a, b);
        int da = a.dim(), db = b.dim();
        if (da == 0 || db == 0) {
            throw new IllegalArgumentException("matmul: both arguments need at least 1 dimension, got shapes "
                    + Shapes.str(a.shape) + " and " + Shapes.str(b.shape));
        }
        if (da == 1 && db == 1) return dot(a, b);
        if (da == 2 && db == 2) return mm(a, b);
        if (da == 1 && db == 2) return requireInner(a.shape[0], b.shape[0], a, b).unsqueeze(0).mm(b).squeeze(0);
        if (da == 2 && db == 1) return a.mm(requireInner(a.shape[1], b.shape[0], a, b).unsqueeze(1)).squeeze(1);
        Tensor x = da == 1 ? a.unsqueeze(0) : a, y = db == 1 ? b.unsqueeze(1) : b;
        int n = x.shape[x.dim() - 2], k = x.shape[x.dim() - 1], k2 = y.shape[y.dim() - 2], m = y.shape[y.dim() - 1];
        if (k != k2) requireInner(k, k2, a, b);
        int[] batchA = Arrays.copyOf(x.shape, x.dim() - 2), batchB = Arrays.copyOf(y.shape, y.dim() - 2);
        int[] batch = Shapes.broadcast("matmul", batchA, batchB);
        int nb = Shapes.numel("matmul", batch);
        Tensor xb = x.expand(concat(batch, n, k)).reshape(nb, n, k);
        Tensor yb = y.expand(concat(batch, k, m)).reshape(nb, k, m);
        Tensor out = xb.bmm(yb).reshape(concat(batch, n, m));
        if (da == 1) out = out.squeeze(-2);
        if (db == 1) out = out.squeeze(-1);
        return out;
    }

    private static Tensor requireInner(int k1, int k2, Tensor a, Tensor b) {
        if (k1 != k2) {
            throw new IllegalArgumentException("matmul: shapes " + Shapes.str(a.shape) + " and " + Shapes.str(b.shape)
                    + " cannot be multiplied (" + k1 + " ≠ " + k2 + ")");
        }
        return a.dim() == 1 ? a : b;
    }

    private static int[] concat(int[] batch, int r, int c) {
        int[] s = Arrays.copyOf(batch, batch.length + 2);
        s[batch.length] = r;
        s[batch.length + 1] = c;
        return s;
    }
}
