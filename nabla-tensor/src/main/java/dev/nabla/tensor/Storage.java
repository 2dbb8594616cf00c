package dev.nabla.tensor;

/**
 * The flat memory behind one or more tensors (a tensor and all its views share one storage), in a
 * primitive array of the dtype's Java type, with PyTorch's version counter: every in-place write bumps
 * it, so the autograd engine can tell that a tensor saved for backward has been changed.
 */
abstract sealed class Storage permits Storage.Float64, Storage.Float32, Storage.Int64, Storage.Bool {

    private int version;
    private String lastWriter = "";

    /** The element type. */
    abstract DType dtype();

    /** The number of elements. */
    abstract int length();

    /** Element {@code i} widened to double. */
    abstract double get(int i);

    /** Writes {@code v} (rounded, truncated or tested against 0 by the dtype) at {@code i}. */
    abstract void set(int i, double v);

    /** Element {@code i} as a long (floats truncated toward zero, bool as 0 or 1). */
    abstract long getLong(int i);

    /** Writes the integer {@code v} at {@code i}. */
    abstract void setLong(int i, long v);

    /** The version counter: the number of in-place writes so far. */
    final int version() { return version; }

    /** The in-place operation that wrote last, for error messages. */
    final String lastWriter() { return lastWriter; }

    /** Records one in-place write by {@code op}. */
    final void bump(String op) {
        version++;
        lastWriter = op;
    }

    static Storage allocate(DType dtype, int n) {
        return switch (dtype) {
            case FLOAT64 -> new Float64(new double[n]);
            case FLOAT32 -> new Float32(new float[n]);
            case INT64 -> new Int64(new long[n]);
            case BOOL -> new Bool(new boolean[n]);
        };
    }

    /** A storage of {@code dtype} holding {@code values} (the array itself for float64). */
    static Storage ofDoubles(double[] values, DType dtype) {
        switch (dtype) {
            case FLOAT64: return new Float64(values);
            case FLOAT32: {
                float[] f = new float[values.length];
                for (int i = 0; i < f.length; i++) f[i] = (float) values[i];
                return new Float32(f);
            }
            case INT64: {
                long[] l = new long[values.length];
                for (int i = 0; i < l.length; i++) l[i] = (long) values[i];
                return new Int64(l);
            }
            default: {
                boolean[] b = new boolean[values.length];
                for (int i = 0; i < b.length; i++) b[i] = values[i] != 0;
                return new Bool(b);
            }
        }
    }

    static final class Float64 extends Storage {
        final double[] data;
        Float64(double[] data) { this.data = data; }
        @Override DType dtype() { return DType.FLOAT64; }
        @Override int length() { return data.length; }
        @Override double get(int i) { return data[i]; }
        @Override void set(int i, double v) { data[i] = v; }
        @Override long getLong(int i) { return (long) data[i]; }
        @Override void setLong(int i, long v) { data[i] = v; }
    }

    static final class Float32 extends Storage {
        final float[] data;
        Float32(float[] data) { this.data = data; }
        @Override DType dtype() { return DType.FLOAT32; }
        @Override int length() { return data.length; }
        @Override double get(int i) { return data[i]; }
        @Override void set(int i, double v) { data[i] = (float) v; }
        @Override long getLong(int i) { return (long) data[i]; }
        @Override void setLong(int i, long v) { data[i] = v; }
    }

    static final class Int64 extends Storage {
        final long[] data;
        Int64(long[] data) { this.data = data; }
        @Override DType dtype() { return DType.INT64; }
        @Override int length() { return data.length; }
        @Override double get(int i) { return data[i]; }
        @Override void set(int i, double v) { data[i] = (long) v; }
        @Override long getLong(int i) { return data[i]; }
        @Override void setLong(int i, long v) { data[i] = v; }
    }

    static final class Bool extends Storage {
        final boolean[] data;
        Bool(boolean[] data) { this.data = data; }
        @Override DType dtype() { return DType.BOOL; }
        @Override int length() { return data.length; }
        @Override double get(int i) { return data[i] ? 1 : 0; }
        @Override void set(int i, double v) { data[i] = v != 0; }
        @Override long getLong(int i) { return data[i] ? 1 : 0; }
        @Override void setLong(int i, long v) { data[i] = v != 0; }
    }
}
