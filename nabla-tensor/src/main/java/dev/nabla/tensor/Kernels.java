package dev.nabla.tensor;

import dev.nabla.core.rules.BinaryPrimitive;
import dev.nabla.core.rules.Primitives;
import dev.nabla.core.rules.UnaryPrimitive;

/**
 * The loops behind elementwise operations, on primitive arrays (large ones split across threads). Values are read as doubles (float32
 * operands widen exactly; operands of another type are first rounded to the computation's type, as
 * PyTorch casts to the common dtype) and results are rounded once to the output type, which for
 * {@code + - × ÷ √} is exactly IEEE float32 arithmetic.
 */
final class Kernels {
    private Kernels() {}

    /** Elements of {@code t} in row-major order, possibly the backing array itself: never write to it. */
    static double[] read(Tensor t) {
        Storage s = t.storage;
        int n = t.numel();
        if (s instanceof Storage.Float64 f && t.offset == 0 && f.data.length == n && t.isContiguous()) return f.data;
        double[] out = new double[n];
        if (t.isContiguous()) {
            int o = t.offset;
            switch (t.dtype) {
                case FLOAT64 -> System.arraycopy(((Storage.Float64) s).data, o, out, 0, n);
                case FLOAT32 -> { float[] d = ((Storage.Float32) s).data; for (int i = 0; i < n; i++) out[i] = d[o + i]; }
                case INT64 -> { long[] d = ((Storage.Int64) s).data; for (int i = 0; i < n; i++) out[i] = d[o + i]; }
                case BOOL -> { boolean[] d = ((Storage.Bool) s).data; for (int i = 0; i < n; i++) out[i] = d[o + i] ? 1 : 0; }
            }
            return out;
        }
        if (t.dtype == DType.FLOAT64 && t.shape.length == 2) {
            gather2d(((Storage.Float64) s).data, t.offset, t.shape[0], t.shape[1], t.strides[0], t.strides[1], out);
            return out;
        }
        if (t.dtype == DType.FLOAT32 && t.shape.length == 2) {
            float[] f = new float[n];
            gather2d(((Storage.Float32) s).data, t.offset, t.shape[0], t.shape[1], t.strides[0], t.strides[1], f);
            for (int i = 0; i < n; i++) out[i] = f[i];
            return out;
        }
        int[] off = Shapes.offsets(t.shape, t.strides, t.offset);
        switch (t.dtype) {
            case FLOAT64 -> { double[] d = ((Storage.Float64) s).data; for (int i = 0; i < n; i++) out[i] = d[off[i]]; }
            case FLOAT32 -> { float[] d = ((Storage.Float32) s).data; for (int i = 0; i < n; i++) out[i] = d[off[i]]; }
            case INT64 -> { long[] d = ((Storage.Int64) s).data; for (int i = 0; i < n; i++) out[i] = d[off[i]]; }
            case BOOL -> { boolean[] d = ((Storage.Bool) s).data; for (int i = 0; i < n; i++) out[i] = d[off[i]] ? 1 : 0; }
        }
        return out;
    }

    /**
     * Elements of {@code t} broadcast to {@code shape} in row-major order, rounded to {@code compute}; a
     * one-element array when {@code t} has one element (the loops broadcast it themselves).
     */
    static double[] read(Tensor t, int[] shape, DType compute) {
        double[] v;
        if (t.numel() == 1) {
            v = new double[] {t.storage.get(t.offset)};
        } else if (java.util.Arrays.equals(t.shape, shape)) {
            v = read(t);
        } else {
            v = read(t.expandView(shape));
        }
        if (compute == DType.FLOAT32 && t.dtype != DType.FLOAT32) {
            if (v == backing(t)) v = v.clone();
            for (int i = 0; i < v.length; i++) v[i] = (float) v[i];
        }
        return v;
    }

    private static double[] backing(Tensor t) {
        return t.storage instanceof Storage.Float64 f ? f.data : null;
    }

    /** Work below this many elements runs on the calling thread; above, in chunks across {@link Parallel}'s threads. */
    private static final int PARALLEL_GRAIN = 1 << 15;

    /** Runs {@code body(from, to)} over {@code [0, n)}, in chunks on several threads when {@code n} is large. */
    private static void chunks(int n, java.util.function.BiConsumer<Integer, Integer> body) {
        if (n < 2 * PARALLEL_GRAIN || Parallel.getNumThreads() == 1) {
            body.accept(0, n);
            return;
        }
        int parts = (n + PARALLEL_GRAIN - 1) / PARALLEL_GRAIN;
        Parallel.forRange(parts, (long) n << 4, k -> body.accept(k * PARALLEL_GRAIN, Math.min(n, (k + 1) * PARALLEL_GRAIN)));
    }

    static double[] unary(UnaryPrimitive p, double[] x) {
        double[] out = new double[x.length];
        chunks(x.length, (from, to) -> unary(p, x, out, from, to));
        return out;
    }

    private static void unary(UnaryPrimitive p, double[] x, double[] out, int from, int to) {
        if (p == Primitives.NEG) {
            for (int i = from; i < to; i++) out[i] = -x[i];
        } else if (p == Primitives.EXP) {
            for (int i = from; i < to; i++) out[i] = Math.exp(x[i]);
        } else {
            var f = p.value();
            for (int i = from; i < to; i++) out[i] = f.applyAsDouble(x[i]);
        }
    }

    /** {@code p} on float32 values: each result is the double value rounded once to float. */
    static float[] unary(UnaryPrimitive p, float[] x) {
        float[] out = new float[x.length];
        chunks(x.length, (from, to) -> {
            if (p == Primitives.NEG) {
                for (int i = from; i < to; i++) out[i] = -x[i];
            } else {
                var f = p.value();
                for (int i = from; i < to; i++) out[i] = (float) f.applyAsDouble(x[i]);
            }
        });
        return out;
    }

    static double[] binary(BinaryPrimitive p, double[] x, double[] y, int n) {
        double[] out = new double[n];
        chunks(n, (from, to) -> binary(p, x, y, out, from, to));
        return out;
    }

    private static void binary(BinaryPrimitive p, double[] x, double[] y, double[] out, int from, int to) {
        int n = out.length;
        if (x.length == n && y.length == n) {
            if (p == Primitives.ADD) for (int i = from; i < to; i++) out[i] = x[i] + y[i];
            else if (p == Primitives.SUB) for (int i = from; i < to; i++) out[i] = x[i] - y[i];
            else if (p == Primitives.MUL) for (int i = from; i < to; i++) out[i] = x[i] * y[i];
            else if (p == Primitives.DIV) for (int i = from; i < to; i++) out[i] = x[i] / y[i];
            else { var f = p.value(); for (int i = from; i < to; i++) out[i] = f.applyAsDouble(x[i], y[i]); }
        } else if (y.length == 1) {
            double b = y[0];
            if (p == Primitives.ADD) for (int i = from; i < to; i++) out[i] = x[i] + b;
            else if (p == Primitives.MUL) for (int i = from; i < to; i++) out[i] = x[i] * b;
            else { var f = p.value(); for (int i = from; i < to; i++) out[i] = f.applyAsDouble(x[i], b); }
        } else {
            double a = x[0];
            var f = p.value();
            for (int i = from; i < to; i++) out[i] = f.applyAsDouble(a, y[i]);
        }
    }

    /** {@code x op y} on int64 operands for add, sub and mul (exact beyond 2^53), else null. */
    static long[] binaryLong(BinaryPrimitive p, long[] x, long[] y, int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long a = x.length == 1 ? x[0] : x[i], b = y.length == 1 ? y[0] : y[i];
            out[i] = p == Primitives.ADD ? a + b : p == Primitives.SUB ? a - b : a * b;
        }
        return out;
    }

    /** Elements of an int64 or bool tensor broadcast to {@code shape} (one element if it has one). */
    static long[] readLong(Tensor t, int[] shape) {
        Tensor v = t.numel() == 1 ? t : java.util.Arrays.equals(t.shape, shape) ? t : t.expandView(shape);
        int n = v.numel();
        long[] out = new long[n];
        int[] off = Shapes.offsets(v.shape, v.strides, v.offset);
        for (int i = 0; i < n; i++) out[i] = v.storage.getLong(off[i]);
        return out;
    }

    /** Elements of a float32 tensor in row-major order, possibly the backing array itself: never write to it. */
    static float[] readFloat(Tensor t) {
        Storage.Float32 s = (Storage.Float32) t.storage;
        int n = t.numel();
        if (t.isContiguous()) {
            if (t.offset == 0 && s.data.length == n) return s.data;
            float[] out = new float[n];
            System.arraycopy(s.data, t.offset, out, 0, n);
            return out;
        }
        float[] out = new float[n];
        if (t.shape.length == 2) {
            gather2d(s.data, t.offset, t.shape[0], t.shape[1], t.strides[0], t.strides[1], out);
            return out;
        }
        int[] off = Shapes.offsets(t.shape, t.strides, t.offset);
        for (int i = 0; i < n; i++) out[i] = s.data[off[i]];
        return out;
    }

    private static final int TILE = 32;

    /** A strided matrix copied row-major, in tiles so that a transpose reads and writes cache lines whole. */
    static void gather2d(float[] src, int offset, int rows, int cols, int rs, int cs, float[] out) {
        for (int i0 = 0; i0 < rows; i0 += TILE) {
            int i1 = Math.min(rows, i0 + TILE);
            for (int j0 = 0; j0 < cols; j0 += TILE) {
                int j1 = Math.min(cols, j0 + TILE);
                for (int i = i0; i < i1; i++) {
                    int o = offset + i * rs, r = i * cols;
                    for (int j = j0; j < j1; j++) out[r + j] = src[o + j * cs];
                }
            }
        }
    }

    /** The float64 version of {@link #gather2d(float[], int, int, int, int, int, float[])}. */
    static void gather2d(double[] src, int offset, int rows, int cols, int rs, int cs, double[] out) {
        for (int i0 = 0; i0 < rows; i0 += TILE) {
            int i1 = Math.min(rows, i0 + TILE);
            for (int j0 = 0; j0 < cols; j0 += TILE) {
                int j1 = Math.min(cols, j0 + TILE);
                for (int i = i0; i < i1; i++) {
                    int o = offset + i * rs, r = i * cols;
                    for (int j = j0; j < j1; j++) out[r + j] = src[o + j * cs];
                }
            }
        }
    }

    /**
     * {@code a op b} for {@code + - × ÷} on contiguous operands of one floating dtype, without widening: {@code b}
     * has {@code a}'s shape, one element, or the size of {@code a}'s last dimension (a row broadcast, such as a
     * bias). Null when the operands do not have that form.
     */
    static Tensor arithmetic(BinaryPrimitive p, Tensor a, Tensor b, DType dt) {
        if (a.dtype != dt || b.dtype != dt || !dt.isFloatingPoint() || !a.isContiguous() || !b.isContiguous()) return null;
        int op = p == Primitives.ADD ? 0 : p == Primitives.SUB ? 1 : p == Primitives.MUL ? 2 : p == Primitives.DIV ? 3 : -1;
        if (op < 0 || a.shape.length == 0) return null;
        int n = a.numel(), m = b.numel();
        boolean same = java.util.Arrays.equals(a.shape, b.shape);
        if (!same && m != 1 && !(m == a.shape[a.shape.length - 1] && m > 0 && rowShaped(b.shape, a.shape))) return null;
        int period = same ? Math.max(n, 1) : m;
        if (dt == DType.FLOAT32) {
            float[] x = ((Storage.Float32) a.storage).data, y = ((Storage.Float32) b.storage).data, out = new float[n];
            for (int base = 0; base < n; base += period) {
                int xo = a.offset + base;
                if (period == 1) {
                    float v = y[b.offset];
                    for (int j = 0; j < n; j++) out[j] = apply(op, x[xo + j], v);
                    break;
                }
                for (int j = 0; j < period; j++) out[base + j] = apply(op, x[xo + j], y[b.offset + j]);
            }
            return Tensor.of(new Storage.Float32(out), a.shape.clone());
        }
        double[] x = ((Storage.Float64) a.storage).data, y = ((Storage.Float64) b.storage).data, out = new double[n];
        for (int base = 0; base < n; base += period) {
            int xo = a.offset + base;
            if (period == 1) {
                double v = y[b.offset];
                for (int j = 0; j < n; j++) out[j] = apply(op, x[xo + j], v);
                break;
            }
            for (int j = 0; j < period; j++) out[base + j] = apply(op, x[xo + j], y[b.offset + j]);
        }
        return Tensor.of(new Storage.Float64(out), a.shape.clone());
    }

    private static float apply(int op, float u, float v) {
        return op == 0 ? u + v : op == 1 ? u - v : op == 2 ? u * v : u / v;
    }

    private static double apply(int op, double u, double v) {
        return op == 0 ? u + v : op == 1 ? u - v : op == 2 ? u * v : u / v;
    }

    /** Whether {@code b} is {@code [1, …, 1, n]} with at most {@code a}'s rank, {@code n} being {@code a}'s last size. */
    private static boolean rowShaped(int[] b, int[] a) {
        if (b.length > a.length || b.length == 0) return false;
        for (int i = 0; i < b.length - 1; i++) if (b[i] != 1) return false;
        return true;
    }
}
