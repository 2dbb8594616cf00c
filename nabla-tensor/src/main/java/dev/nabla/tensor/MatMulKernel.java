package dev.nabla.tensor;

/**
 * {@code C = A B} on row-major primitive arrays: the i-k-j loop order (the inner loop runs along a row of B
 * and of C, which the JIT vectorises), four values of k per pass so that each element of C is loaded and
 * stored once per four products, blocked over k and j so that a panel of B stays in cache, rows of C split
 * across threads for large products. float32 accumulates in float, float64 in double.
 */
final class MatMulKernel {
    private MatMulKernel() {}

    private static final int KB = 128, JB = 512, IB = 16;

    /** {@code c[co + i·m + j] = Σₖ a[ao + i·k + p] · b[bo + p·m + j]} for an {@code n×k} times {@code k×m} product. */
    static void gemm(double[] a, int ao, double[] b, int bo, double[] c, int co, int n, int k, int m) {
        int blocks = (n + IB - 1) / IB;
        Parallel.forRange(blocks, (long) n * k * m, blk -> {
            int i0 = blk * IB, i1 = Math.min(n, i0 + IB);
            for (int j0 = 0; j0 < m; j0 += JB) {
                int j1 = Math.min(m, j0 + JB);
                for (int p0 = 0; p0 < k; p0 += KB) {
                    int p1 = Math.min(k, p0 + KB);
                    for (int i = i0; i < i1; i++) {
                        int crow = co + i * m, arow = ao + i * k;
                        int p = p0;
                        for (; p + 3 < p1; p += 4) {
                            double a0 = a[arow + p], a1 = a[arow + p + 1], a2 = a[arow + p + 2], a3 = a[arow + p + 3];
                            int b0 = bo + p * m, b1 = b0 + m, b2 = b1 + m, b3 = b2 + m;
                            for (int j = j0; j < j1; j++) {
                                c[crow + j] += a0 * b[b0 + j] + a1 * b[b1 + j] + a2 * b[b2 + j] + a3 * b[b3 + j];
                            }
                        }
                        for (; p < p1; p++) {
                            double av = a[arow + p];
                            int brow = bo + p * m;
                            for (int j = j0; j < j1; j++) c[crow + j] += av * b[brow + j];
                        }
                    }
                }
            }
        });
    }

    /** The float32 product, accumulated in float. */
    static void gemm(float[] a, int ao, float[] b, int bo, float[] c, int co, int n, int k, int m) {
        int blocks = (n + IB - 1) / IB;
        Parallel.forRange(blocks, (long) n * k * m, blk -> {
            int i0 = blk * IB, i1 = Math.min(n, i0 + IB);
            for (int j0 = 0; j0 < m; j0 += JB) {
                int j1 = Math.min(m, j0 + JB);
                for (int p0 = 0; p0 < k; p0 += KB) {
                    int p1 = Math.min(k, p0 + KB);
                    for (int i = i0; i < i1; i++) {
                        int crow = co + i * m, arow = ao + i * k;
                        int p = p0;
                        for (; p + 3 < p1; p += 4) {
                            float a0 = a[arow + p], a1 = a[arow + p + 1], a2 = a[arow + p + 2], a3 = a[arow + p + 3];
                            int b0 = bo + p * m, b1 = b0 + m, b2 = b1 + m, b3 = b2 + m;
                            for (int j = j0; j < j1; j++) {
                                c[crow + j] += a0 * b[b0 + j] + a1 * b[b1 + j] + a2 * b[b2 + j] + a3 * b[b3 + j];
                            }
                        }
                        for (; p < p1; p++) {
                            float av = a[arow + p];
                            int brow = bo + p * m;
                            for (int j = j0; j < j1; j++) c[crow + j] += av * b[brow + j];
                        }
                    }
                }
            }
        });
    }
}
