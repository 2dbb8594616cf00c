package dev.nabla.tensor;

import java.util.Optional;

/**
 * What the printer needs of a tensor: its shape, dtype, elements in row-major order, and its
 * autograd flags. The tensor class implements it; the printer depends on nothing else.
 */
public interface PrintableTensor {
    /** The sizes of each dimension; empty for a 0-d tensor. */
    int[] shape();

    /** The element type. */
    DType dtype();

    /** Element {@code i} in row-major order, as a double (float32 values widened exactly). */
    double doubleAt(long i);

    /** Element {@code i} in row-major order of an INT64 or BOOL tensor (bool as 0 or 1). */
    long longAt(long i);

    /** Whether the tensor is a leaf that requires a gradient ({@code requires_grad=True} is printed). */
    boolean requiresGrad();

    /** The name of the node that made it, {@code MulBackward0}; empty for leaves and tensors made without grad. */
    Optional<String> gradFnName();
}
