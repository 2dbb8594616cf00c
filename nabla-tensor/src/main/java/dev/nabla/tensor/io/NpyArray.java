package dev.nabla.tensor.io;

import dev.nabla.tensor.DType;

import java.util.Arrays;
import java.util.Objects;

/**
 * An n-dimensional array as a {@code .npy} file holds it: a shape, a dtype and the elements in
 * row-major (C) order in a primitive array — {@code double[]} for FLOAT64, {@code float[]} for
 * FLOAT32, {@code long[]} for INT64, {@code boolean[]} for BOOL. The array is not copied: whoever
 * builds the record hands it over (a tensor may then wrap it without a copy).
 *
 * @param shape sizes of the dimensions, empty for a 0-d array (one element)
 * @param dtype element type
 * @param data  the elements, a primitive array of the dtype's Java type, {@code product(shape)} long
 */
public record NpyArray(int[] shape, DType dtype, Object data) {

    /** Checks that the data's Java type fits the dtype and its length the shape. */
    public NpyArray {
        Objects.requireNonNull(shape, "npy array: shape");
        Objects.requireNonNull(dtype, "npy array: dtype");
        Objects.requireNonNull(data, "npy array: data");
        shape = shape.clone();
        long count = 1;
        for (int size : shape) {
            if (size < 0) throw new IllegalArgumentException("npy array: negative size in shape " + Arrays.toString(shape));
            count *= size;
        }
        Class<?> expected = javaType(dtype);
        if (data.getClass() != expected) {
            throw new IllegalArgumentException("npy array: " + dtype + " data must be a " + expected.getSimpleName()
                    + ", got " + data.getClass().getSimpleName());
        }
        int length = java.lang.reflect.Array.getLength(data);
        if (length != count) {
            throw new IllegalArgumentException("npy array: shape " + Arrays.toString(shape) + " has " + count
                    + " elements but the data has " + length);
        }
    }

    /** A float64 array. */
    public static NpyArray of(int[] shape, double[] data) {
        return new NpyArray(shape, DType.FLOAT64, data);
    }

    /** A float32 array. */
    public static NpyArray of(int[] shape, float[] data) {
        return new NpyArray(shape, DType.FLOAT32, data);
    }

    /** An int64 array. */
    public static NpyArray of(int[] shape, long[] data) {
        return new NpyArray(shape, DType.INT64, data);
    }

    /** A bool array. */
    public static NpyArray of(int[] shape, boolean[] data) {
        return new NpyArray(shape, DType.BOOL, data);
    }

    /** The Java array type that holds elements of {@code dtype}: {@code double[].class} for FLOAT64 … */
    public static Class<?> javaType(DType dtype) {
        return switch (dtype) {
            case FLOAT64 -> double[].class;
            case FLOAT32 -> float[].class;
            case INT64 -> long[].class;
            case BOOL -> boolean[].class;
        };
    }

    /** A copy of the shape. */
    @Override public int[] shape() {
        return shape.clone();
    }

    /** The number of elements, {@code product(shape)}. */
    public int size() {
        return java.lang.reflect.Array.getLength(data);
    }

    /** The elements of a FLOAT64 array (not a copy). */
    public double[] doubles() {
        return (double[]) typed(DType.FLOAT64);
    }

    /** The elements of a FLOAT32 array (not a copy). */
    public float[] floats() {
        return (float[]) typed(DType.FLOAT32);
    }

    /** The elements of an INT64 array (not a copy). */
    public long[] longs() {
        return (long[]) typed(DType.INT64);
    }

    /** The elements of a BOOL array (not a copy). */
    public boolean[] booleans() {
        return (boolean[]) typed(DType.BOOL);
    }

    private Object typed(DType wanted) {
        if (dtype != wanted) throw new IllegalStateException("npy array: holds " + dtype + ", not " + wanted);
        return data;
    }

    /** Equal shape, dtype and elements (floats compared bit for bit, as {@link Arrays#equals(double[], double[])}). */
    @Override public boolean equals(Object o) {
        return o instanceof NpyArray other && Arrays.equals(shape, other.shape) && dtype == other.dtype
                && Arrays.deepEquals(new Object[] {data}, new Object[] {other.data});
    }

    @Override public int hashCode() {
        return Objects.hash(Arrays.hashCode(shape), dtype, Arrays.deepHashCode(new Object[] {data}));
    }

    @Override public String toString() {
        return "NpyArray[shape=" + Arrays.toString(shape) + ", dtype=" + dtype + ", size=" + size() + "]";
    }
}
