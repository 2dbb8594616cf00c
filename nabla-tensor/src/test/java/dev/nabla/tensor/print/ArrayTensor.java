package dev.nabla.tensor.print;

import dev.nabla.tensor.DType;
import dev.nabla.tensor.PrintableTensor;

import java.util.Arrays;
import java.util.Optional;

/** A tensor for the printer's tests: row-major values held as doubles (longs for int64 and bool). */
record ArrayTensor(int[] shape, DType dtype, double[] doubles, long[] longs, boolean requiresGrad,
                   Optional<String> gradFnName) implements PrintableTensor {

    static ArrayTensor float64(int[] shape, double... values) {
        return new ArrayTensor(shape, DType.FLOAT64, values, null, false, Optional.empty());
    }

    /** Values rounded to float32 first, as {@code torch.tensor(values, dtype=torch.float32)}. */
    static ArrayTensor float32(int[] shape, double... values) {
        double[] rounded = new double[values.length];
        for (int i = 0; i < values.length; i++) rounded[i] = (float) values[i];
        return new ArrayTensor(shape, DType.FLOAT32, rounded, null, false, Optional.empty());
    }

    static ArrayTensor int64(int[] shape, long... values) {
        return new ArrayTensor(shape, DType.INT64, null, values, false, Optional.empty());
    }

    static ArrayTensor bool(int[] shape, boolean... values) {
        long[] bits = new long[values.length];
        for (int i = 0; i < values.length; i++) bits[i] = values[i] ? 1 : 0;
        return new ArrayTensor(shape, DType.BOOL, null, bits, false, Optional.empty());
    }

    static int[] shape(int... sizes) {
        return sizes;
    }

    ArrayTensor requiringGrad() {
        return new ArrayTensor(shape, dtype, doubles, longs, true, gradFnName);
    }

    ArrayTensor madeBy(String gradFn) {
        return new ArrayTensor(shape, dtype, doubles, longs, true, Optional.of(gradFn));
    }

    @Override public double doubleAt(long i) {
        return doubles != null ? doubles[(int) i] : longs[(int) i];
    }

    @Override public long longAt(long i) {
        return longs != null ? longs[(int) i] : (long) doubles[(int) i];
    }

    @Override public String toString() {
        return dtype + Arrays.toString(shape);
    }
}
