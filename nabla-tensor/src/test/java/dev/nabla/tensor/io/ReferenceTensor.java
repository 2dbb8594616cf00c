package dev.nabla.tensor.io;

import dev.nabla.tensor.DType;
import dev.nabla.tensor.PrintableTensor;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Arrays;
import java.util.Optional;

/**
 * A tensor of the reference data (tests only), decoded from
 * {@code {"kind": "tensor", "dtype": …, "shape": […], "data": […]}}: float data as exact doubles
 * (float32 values widened), int64 and bool data as longs (bool as 0/1). It is also the printer's
 * test implementation of {@link PrintableTensor}, independent of the real tensor class.
 *
 * @param shape      sizes, empty for 0-d
 * @param dtype      element type
 * @param doubles    row-major values of a float tensor, else null
 * @param longs      row-major values of an int64 or bool tensor, else null
 * @param requiresGrad whether it prints {@code requires_grad=True}
 * @param gradFnName the grad_fn it prints, if any
 */
public record ReferenceTensor(int[] shape, DType dtype, double[] doubles, long[] longs, boolean requiresGrad,
                              Optional<String> gradFnName) implements PrintableTensor {

    /** Decodes a tensor object of the reference JSON. */
    public static ReferenceTensor of(JsonNode json) {
        DType dtype = dtypeNamed(json.get("dtype").textValue());
        int[] shape = Arrays.stream(ReferenceJson.integers(json.get("shape"))).mapToInt(Math::toIntExact).toArray();
        JsonNode data = json.get("data");
        double[] doubles = null;
        long[] longs = null;
        if (dtype.isFloatingPoint()) {
            doubles = ReferenceJson.numbers(data);
        } else {
            longs = ReferenceJson.values(data).mapToLong(v -> v.isBoolean() ? (v.booleanValue() ? 1 : 0) : ReferenceJson.integer(v)).toArray();
        }
        return new ReferenceTensor(shape, dtype, doubles, longs, false, Optional.empty());
    }

    /** The dtype named as in the JSON ({@code "float64"}, {@code "float32"}, {@code "int64"}, {@code "bool"}). */
    public static DType dtypeNamed(String name) {
        switch (name) {
            case "float64": return DType.FLOAT64;
            case "float32": return DType.FLOAT32;
            case "int64": return DType.INT64;
            case "bool": return DType.BOOL;
            default: throw new IllegalArgumentException("unknown dtype " + name);
        }
    }

    /** This tensor with the autograd flags the printer reads. */
    public ReferenceTensor withGrad(boolean requires, Optional<String> gradFn) {
        return new ReferenceTensor(shape, dtype, doubles, longs, requires, gradFn);
    }

    /** The number of elements. */
    public int numel() {
        return doubles != null ? doubles.length : longs.length;
    }

    @Override public int[] shape() {
        return shape.clone();
    }

    @Override public double doubleAt(long i) {
        return doubles != null ? doubles[(int) i] : longs[(int) i];
    }

    @Override public long longAt(long i) {
        return longs != null ? longs[(int) i] : (long) doubles[(int) i];
    }
}
