package dev.nabla.tensor;

import java.util.Arrays;

/** Shape arithmetic shared by every operation: sizes, strides, broadcasting, dimension checks. */
final class Shapes {
    private Shapes() {}

    static final int[] SCALAR = new int[0];

    /** The number of elements of {@code shape}, or an exception naming {@code op} if it overflows an int. */
    static int numel(String op, int[] shape) {
        long n = 1;
        for (int s : shape) {
            if (s < 0) throw new IllegalArgumentException(op + ": negative dimension " + s + " in shape " + str(shape));
            n *= s;
            if (n > Integer.MAX_VALUE - 8) throw new IllegalArgumentException(op + ": shape " + str(shape)
                    + " has more than 2^31 elements");
        }
        return (int) n;
    }

    static int numel(int[] shape) {
        int n = 1;
        for (int s : shape) n *= s;
        return n;
    }

    /** Row-major strides of a contiguous tensor of {@code shape}. */
    static int[] contiguousStrides(int[] shape) {
        int[] st = new int[shape.length];
        int s = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            st[d] = s;
            s *= Math.max(shape[d], 1);
        }
        return st;
    }

    /** Whether {@code strides} lay {@code shape} out densely in row-major order. */
    static boolean isContiguous(int[] shape, int[] strides) {
        int s = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            if (shape[d] == 1) continue;
            if (strides[d] != s) return false;
            s *= shape[d];
        }
        return true;
    }

    /** The broadcast shape of {@code a} and {@code b}, or an exception naming {@code op} and both shapes. */
    static int[] broadcast(String op, int[] a, int[] b) {
        if (Arrays.equals(a, b)) return a;
        int n = Math.max(a.length, b.length);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int da = i < n - a.length ? 1 : a[i - (n - a.length)];
            int db = i < n - b.length ? 1 : b[i - (n - b.length)];
            if (da != db && da != 1 && db != 1) {
                throw new IllegalArgumentException(op + ": shapes " + str(a) + " and " + str(b)
                        + " cannot be broadcast (dimension " + i + ": " + da + " vs " + db + ")");
            }
            out[i] = da == 1 ? db : da;
        }
        return out;
    }

    /** Strides that read a tensor of {@code shape, strides} broadcast to {@code target} (0 on broadcast dimensions). */
    static int[] broadcastStrides(int[] shape, int[] strides, int[] target) {
        int[] out = new int[target.length];
        int lead = target.length - shape.length;
        for (int i = 0; i < shape.length; i++) out[lead + i] = shape[i] == 1 && target[lead + i] != 1 ? 0 : strides[i];
        return out;
    }

    /** {@code dim} with negative values counted from the end, or an exception naming {@code op}. */
    static int dim(String op, int dim, int rank) {
        int r = Math.max(rank, 1);
        if (dim < -r || dim >= r) {
            throw new IllegalArgumentException(op + ": dimension " + dim + " is out of range for a tensor of "
                    + rank + " dimension" + (rank == 1 ? "" : "s") + " (expected " + -r + " to " + (r - 1) + ")");
        }
        return dim < 0 ? dim + r : dim;
    }

    /** The storage offsets of every element of a strided view, in row-major order. */
    static int[] offsets(int[] shape, int[] strides, int offset) {
        int n = numel(shape);
        int[] out = new int[n];
        if (n == 0) return out;
        int rank = shape.length;
        if (rank == 0) {
            out[0] = offset;
            return out;
        }
        int inner = shape[rank - 1], innerStride = strides[rank - 1];
        int[] idx = new int[rank];
        int base = offset, k = 0;
        while (true) {
            for (int j = 0, o = base; j < inner; j++, o += innerStride) out[k++] = o;
            if (k == n) return out;
            int d = rank - 2;
            while (true) {
                idx[d]++;
                base += strides[d];
                if (idx[d] < shape[d]) break;
                base -= strides[d] * shape[d];
                idx[d] = 0;
                d--;
            }
        }
    }

    /** {@code [2, 3]}, as error messages print a shape. */
    static String str(int[] shape) {
        return Arrays.toString(shape);
    }

    /** Shape {@code shape} with one {@code -1} inferred from {@code numel}, or an exception naming {@code op}. */
    static int[] infer(String op, int[] shape, int numel, int[] from) {
        int unknown = -1;
        long known = 1;
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] == -1) {
                if (unknown >= 0) throw new IllegalArgumentException(op + ": only one dimension can be -1, got " + str(shape));
                unknown = i;
            } else if (shape[i] < 0) {
                throw new IllegalArgumentException(op + ": invalid size " + shape[i] + " in " + str(shape));
            } else known *= shape[i];
        }
        int[] out = shape.clone();
        if (unknown >= 0) {
            if (known == 0 || numel % known != 0) {
                throw new IllegalArgumentException(op + ": shape " + str(shape) + " is invalid for input of size "
                        + numel + " (shape " + str(from) + ")");
            }
            out[unknown] = (int) (numel / known);
        } else if (known != numel) {
            throw new IllegalArgumentException(op + ": shape " + str(shape) + " is invalid for input of size "
                    + numel + " (shape " + str(from) + ")");
        }
        return out;
    }
}
